from sync.reading import char_readings, kana_similarity


def reading(text: str) -> str:
    return "".join(char_readings(text))


def test_one_reading_per_character():
    text = "令和6年10月8日、DXの推進（拍手）★。"
    assert len(char_readings(text)) == len(text)


def test_digits_and_kanji_numerals_read_the_same():
    assert reading("令和6年") == reading("令和六年")
    assert reading("18番") == reading("十八番")


def test_homophones_read_the_same():
    assert reading("順次") == "ジュンジ"
    assert reading("准理")[:3] == "ジュン"


def test_punctuation_and_star_have_no_sound():
    r = char_readings("開会いたし★。")
    assert r[5] == "" and r[6] == ""


def test_rewritten_numbers_keep_all_their_reading():
    # OpenJTalk rewrites 二〇二四 as 二千二十四: no syllable may be lost in the mapping
    assert reading("二〇二四年") == reading("二千二十四年")


def test_kana_similarity_ranks_near_misses():
    assert kana_similarity("シ", "シ") == 1.0
    assert kana_similarity("シ", "ジ") > kana_similarity("キ", "ク") > kana_similarity("カ", "ア")
    assert kana_similarity("ー", "ウ") > 0 and kana_similarity("ン", "ア") == 0.0


def test_an_ellipsis_does_not_shift_the_readings_after_it():
    """Whisper writes … for a hesitation; NFKC makes it three characters, which used to
    shift every reading after it in the phrase by two characters (and so the times of the
    ASR words the aligner matches)."""
    text = "うーん…あんな顔していたら誰も近寄ってきませんよ"
    readings = dict(zip(text, char_readings(text)))
    assert readings["…"] == "" and readings["顔"] == "カオ" and readings["誰"] == "ダレ"
    assert "".join(char_readings(text)) == "".join(char_readings(text.replace("…", "")))


def test_digit_group_commas_read_as_one_number():
    # trial 98: ４，０００万円 was read ヨン / ゼロゼロゼロマンエン (a phrase cut at the comma),
    # so the spoken 四千万円 matched nothing of it
    for written, said in (("４，０００万円", "四千万円"), ("2億3,000万円", "二億三千万円"), ("1,234円", "千二百三十四円")):
        assert "".join(char_readings(written)) == "".join(char_readings(said))
        assert len(char_readings(written)) == len(written)
    # a comma after a number that ends a clause is still a comma
    assert "".join(char_readings("はい、4，そして")) == "ハイヨンソシテ"
