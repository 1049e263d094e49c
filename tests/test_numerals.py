from sync.numerals import NumberStyle, apply, grouped, kanji_number, style
from sync.stars import Vocabulary, clean

DIET = "二〇二四年七月三日、最高裁判所は、七十六年前の法律について判断し、千五百万円の補償を認めた。"
CITY = "令和6年9月18日に開会し、12月の定例会で3回目の報告を受けました。"
CITY_FULL = "令和６年９月１８日に開会し、１２月の定例会で３回目の報告を受けました。"


def test_style_of_the_minutes():
    assert style(DIET) == NumberStyle(kanji=True, digitwise_years=True)
    assert style(CITY) == NumberStyle()
    assert style(CITY_FULL) == NumberStyle(fullwidth=True)
    # kanji inside words (一部, 統一) are not numbers
    assert style("一部の統一的な基準を9月に定めた。") == NumberStyle()


def test_kanji_numbers_as_printed():
    assert kanji_number(76) == "七十六"
    assert kanji_number(1500) == "千五百"
    assert kanji_number(10000) == "一万"
    assert kanji_number(20_030_001) == "二千三万一"


def test_heard_numbers_follow_the_minutes():
    diet = style(DIET)
    assert apply("2024年7月3日", diet) == "二〇二四年七月三日"
    assert apply("76年前", diet) == "七十六年前"            # a duration, not a year
    assert apply("1,500万円と0.5%", diet) == "千五百万円と〇・五％"      # ％ as the Diet prints it
    assert apply("令和６年", style(CITY)) == "令和6年"
    assert apply("令和6年、1,500人", style(CITY_FULL)) == "令和６年、１，５００人"
    assert apply("方針、つまり、", style(CITY_FULL)) == "方針、つまり、"


def test_a_reading_in_kanji_or_without_grouping_is_written_as_the_minutes_write_amounts():
    # trial 128: 三億二千五百万円 heard in minutes that print ３億２，５００万円; １２．５% beside
    # the minutes' ％; words with a number in them stay (一日も早く, 十分, 数百人)
    full = style(CITY_FULL)
    assert apply("三億二千五百万円", full) == "３億２，５００万円"
    assert apply("十八兆六千六百億円と三百人", full) == "１８兆６，６００億円と３００人"
    assert apply("2500万円の12.5%", full) == "２，５００万円の１２．５％"
    assert apply("一日も早く、十分に、数百人", full) == "一日も早く、十分に、数百人"
    assert apply("2500万円、2024年", style(CITY), commas=False) == "2500万円、2024年"
    assert grouped("３，５００人") and grouped("令和６年") and not grouped("2500万円")
    # a Western year in minutes printing kanji, with no year of theirs to copy: digit by digit
    assert apply("2024年度と2500人", NumberStyle(kanji=True)) == "二〇二四年度と二千五百人"


def test_star_candidates_take_the_minutes_numbers():
    assert clean("えー、2024年7月3日", Vocabulary(DIET + "★")) == "二〇二四年七月三日"
    assert clean("2024年7月3日", Vocabulary(CITY + "★")) == "2024年7月3日"
