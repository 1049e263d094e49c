"""Parse official minutes into speaker turns: any Japanese assembly's layout.

The file is read by :mod:`sync.sources` (text in UTF-8/UTF-16/CP932/EUC-JP, a saved HTML
page, or a PDF's text layer) and walked line by line; :mod:`sync.layout` says what each
line is. The parts, in the order they matter:

* **Speaker lines** open a turn: an optional marker (○〇◯●◆◇◎△□■), then a label — a
  role and/or a name, bracketed or not (``○議長（佐藤篤君）``, ``◯議長(おばた久弥)``,
  ``○佐藤市長``, ``〇関 三郎委員長``, ``○１８番（山田太郎議員）``, ``【議長】``…) — and
  the speech on the same line or on the next lines; a role-only label may have its name
  on the next line (``○教育長`` / ``笹山忠則君``, two table cells of a PDF). In a file
  whose speaker lines have no markers at all, a line is a speaker line only if its label
  is bracketed (``議長（佐藤篤君）　本文``, ``（市長）本日は…``) or ends with a colon;
  where that finds no speech at all, labels such as ``中村委員`` / ``大島委員長　本文``
  at column 0 are read too (committee records with nothing else). A user can add a layout
  nobody foresaw with ``speaker_pattern``, a regular expression with the named groups
  ``role``, ``name`` and (optional) ``text``.
* **Headings** close a turn, and the lines after them up to the next speaker line are
  not speech: agenda items (``日程第１　会議録署名議員の指名``, ``○理事補欠選任の件``),
  attendance lists, the session's date and place. They are known by their words: with a
  marker, standing left of indented speech in a file with no markers (``会期の決定``), or,
  inside a turn, by the words agenda lines start with — but never on a hard-wrapped line
  that goes on with a sentence the line before left open. A
  topic heading right inside a turn (``◎防災備蓄について``: not an agenda item by its
  start or its end, no rule line just before it) is followed by the same speaker: an
  indented sentence right after it opens a new turn of that speaker.
* **Event lines** (``午前11時30分休憩``, ``　　　午後１時再開``), **page furniture**
  (``－12－``, running heads repeated on every page, box-drawn tables, markup) and
  blank or separator lines are skipped and leave the turn open, so a sentence broken
  by a page break stays whole.
* Inside a turn, lines indented much deeper than the speech (attendance lists,
  ``〔賛成者挙手〕``, ``午前九時二十六分散会``) are not speech; their sound notes are kept.
* Stage notes in 〔〕/［］/[] are never speech. Parenthetical notes in （）/() are removed
  only when they contain a word of :data:`NOTE_WORDS` standing as a word (not 再開 of
  ``（市街地再開発事業）``), so ``第十三条（定義）`` stays; voices from the floor
  (``（「…」「…」と呼ぶ者あり）``, ``（「異議なし」の声あり）``) are notes at any length.
  Notes that are heard in the room become :class:`Sound` cues. Markup left in exported
  text (``<br>``, ``&nbsp;``) is removed too.
* Once a turn has started, a page-footer line (:data:`FOOTER_STARTS`) ends the document.
* A turn that ends up with neither text nor sounds is dropped; one with sounds only is
  kept with empty text.

Nothing is dropped in silence: a line that is neither speech nor a known part (a marker
line that is no speaker and no heading, a sentence after a heading, a sentence indented
like a list) is listed in :attr:`Minutes.unplaced`, and :attr:`Minutes.warnings` says so
in one line each for the console and the sync map's quality block.

Paragraphs: in a text file each line is a paragraph. In a PDF (or a text whose lines are
hard-wrapped inside sentences) a line continues the paragraph unless the line before it
ended a sentence or it is indented.

Offsets: :attr:`Minutes.source_text` is the decoded (or extracted) text with CRLF/CR
turned into LF and a leading BOM removed; ``Turn.source`` indexes into it, so
``source_text[turn.source[i]] == turn.text[i]`` always holds.
"""
from __future__ import annotations

import bisect
from collections import Counter
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Literal

from . import layout, sources
from .errors import MinutesError, OptionError
from .layout import HEADING_RULE, MARKERS, SPACES, Label
from .sources import all_spaced, decode, letter_spaced, normalize_newlines, plain_kanji, read_bytes

__all__ = ["STAR", "Sound", "Turn", "Minutes", "Unplaced", "load", "parse", "parse_text",
           "decode", "script", "turn_at", "speaker_label", "MARKERS"]

from .text import SENTENCE_END, STAR  # noqa: F401  (STAR: part of this module's interface)

# A line indented this wide (two full-width spaces; a half-width space counts 1, a
# full-width one 2) beyond the usual indent of speech is layout, not speech: the final
# minutes indent speech by one full-width space and everything else (lists, stage
# notes, 散会) by more.
NOT_SPEECH_INDENT = 4

# Lines that start the page footer of a web page, ending the last turn. Matched as a
# prefix of the stripped line, and only on lines without 。 so that speech such as
# 「戻るべきだと思います。」 is never taken for a footer.
FOOTER_STARTS = (
    "著作権について", "このページに関するお問い合わせ", "このページの先頭へ",
    "ページの先頭へ", "ページのトップへ", "ページトップへ", "戻る", "前のページへ",
    "トップページへ", "このページを印刷", "Copyright", "copyright", "COPYRIGHT", "©",
    "All Rights Reserved", "検索結果一覧へ", "検索画面へ",
    # the pager of minutes search systems' pages (前へ 次へ ↑ 発言者の先頭へ)
    "前へ 次へ", "前へ\u3000次へ", "↑ 発言者の先頭へ", "↑発言者の先頭へ", "発言者の先頭へ",
    "▲ページの先頭", "▲このページの先頭", "ページの上部へ", "ページ上部へ", "先頭へ戻る",
    "このページの情報は役に立ちましたか", "この情報はお役に立ちましたか", "このページに関するアンケート",
    # (trial 40: pasted pages' links to their head and a mobile page's pager)
    "このページの上部へ", "このページのトップへ", "このページのトップに", "ページの上へ", "▲閉じる",
    "＜ 前の議員", "＜前の議員", "< 前の議員", "前の議員", "次の議員",
)
# Short ones that a wrapped speech line may also start with: a footer only as the whole
# line or before a separator (前の発言 | 次の発言, 印刷する, お問い合わせ先).
# the heads of a page's boxes after its text (安芸市's record: …決しました。 / 添付ファイル)
_PAGE_PARTS = ("添付ファイル", "添付資料ダウンロード", "関連ファイル", "関連リンク", "関連情報", "関連ページ",
               "このページに関連する情報", "ダウンロード", "ファイルダウンロード")
FOOTER_WORDS = ("前の発言", "次の発言", "発言者一覧", "一覧へ戻る", "一覧に戻る", "印刷する",
                "印刷用ページ", "お問い合わせ先", "お問い合わせ", "問い合わせ先", "更新日", "会議録の検索",
                "会議録検索")
# a link back up this page (to its head, or to the index of its speakers), after each speech
# of a page that prints them one by one: no end of anything (see _to_top)
_UP_LINK = re.compile(r"[▲△↑^＾<＜«≪]?[ \u3000]*(?:(?:この)?ページの?(?:先頭|上部|トップ)|先頭|発言者?(?:一覧|索引|目次)|目次)"
                      r"(?:へ|に)(?:戻る)?[>＞»≫]?")
# a page's link back to where it was found (議会トップへ戻る, 会議録一覧へ戻る, 目次へ戻る,
# 会議録目次へ, 次の会議録へ, 議会トップページへ) — named by a page of a site, not any place
# a wrapped sentence goes back to (…原点に戻る)
_BACK_LINK = re.compile(r"[<＜«≪]?[^。、]{0,10}(?:トップ(?:ページ)?|ホーム|一覧|目次|会議録|TOP|【検索】|検索(?:画面|ページ|結果)?)(?:へ|に)戻る[>＞»≫]?"
                        r"|[<＜«≪]?(?:議会|会議録)?(?:トップページ|目次|会議録一覧|次の会議録|前の会議録)へ[>＞»≫]?")
# a search page's buttons that move between hits
_SEARCH_BUTTONS = ("前を検索", "次を検索", "前のヒット", "次のヒット", "前へ", "次へ", "先頭へ", "最後へ")
# a page's buttons, alone on a line (a search system's page pasted: 印刷 / 文字拡大 / 文字縮小)
_BUTTONS = ("印刷", "文字拡大", "文字縮小", "文字サイズ", "閉じる")
# a page's link to its head, spaces and arrows aside, in any case
_TO_TOP = {"pagetop", "backtotop", "totop", "gototop", "top", "ページトップ", "ページ上部",
           "back", "goback", "returntotop", "上へ", "先頭へ", "トップへ", "トップへ戻る"}
# The clerk's certificate that closes the minutes before the signatures (以上会議のてん末を記載し、
# 地方自治法第１２３条第２項の規定により署名する。 / 上記会議の経過を記載して、…ここに署名する。)
_CERTIFIED = re.compile(r"(?:(?:以上|上記|右)?.{0,10}?(?:会議の(?:てん末|顛末|経過|次第|概要)|会議録の(?:次第|てん末|顛末|経過)は|会議録を調製)"
                        # (the law's article the signatures rest on — not a chair's sentence wrapped
                        # at 地方自治法第106条第3項の規定により、本 / 定例会の…)
                        r"|地方自治法第(?=[^。、]{0,30}(?:署名|記載|調製))"
                        r"|[^。]{0,20}(?:委員会条例|会議規則)第)"
                        r"[^。]{0,80}?(?:署名|記名押印|押印|証明|証)する(?:ため[^。]{0,20})?。?$")
# A page's notice about PDF readers ends with 。 but is never speech.
FOOTER_NOTICES = ("PDF形式のファイルをご覧", "PDFファイルをご覧", "PDFファイルを閲覧", "PDF形式のファイルを閲覧",
                  "Adobe Reader", "Adobe Acrobat Reader", "アドビ・リーダー", "アドビリーダー")

# Words that mark a bracketed group as a note rather than speech. Only （…）/(…) groups
# containing one of these words are removed (and only if short, see NOTE_MAX_LEN):
# brackets in speech (第十三条（定義）, 法律案（衆第四号）, eLTAX(エルタックス)) must stay.
# True: the note is heard in the room (applause, laughter, voices from the floor) and
# becomes a Sound caption cue; False: it is only a stenographer's remark.
NOTE_WORDS: dict[str, bool] = {
    "拍手": True, "笑声": True, "笑い": True, "爆笑": True,
    "発言する者": True, "呼ぶ者": True, "言う者": True, "私語": True, "声あり": True,
    "呼ぶ人": True, "言う人": True, "言う声": True, "と呼ぶ": True,
    "騒然": True, "ざわめき": True, "不規則発言": True,
    "参照": False, "登壇": False, "降壇": False, "退席": False, "離席": False,
    "退場": False, "入場": False, "着席": False, "議場": False, "速記": False,
    "朗読": False, "挙手": False, "起立": False, "休憩": False, "再開": False,
    "発言なし": False, "除斥": False,
    # an election's ballot box shown empty: （職員、投票箱を改め異状のないことを示す）
    "投票箱": False, "異状のないこと": False,
    # the clerk calling every member's name (（点呼・投票）, （事務局長点呼――投票）): a caption
    # while it lasts (see sync.cues)
    "点呼": True,
    # a silence; an explanation or reading left out; a voice from the floor quoted
    "黙祷": False, "黙とう": False, "説明省略": False, "朗読省略": False,
    "という者あり": True, "という者多数": True,
    # speech that was given but not written down: （挨拶）, （委員長挨拶）, （理事者紹介）
    "挨拶": False, "あいさつ": False, "理事者紹介": False, "自己紹介": False, "補足説明": False,
    # a certificate or a gift handed over: （表彰者に表彰状及び記念品手交）
    "手交": False, "授与": False, "贈呈": False,
    # a member taking or leaving the chair: （前島年長委員、委員長席に着く）; speaking
    # from the seat: （自席から）, （自席にて）
    "席に着": False, "席を交代": False, "席を退": False, "自席": False,
    # …or from another seat: （質問者席から）, （答弁席にて）
    "席から": False, "席にて": False,
    # a member moving to the questioners' seat: （葛西美保議員、質問席へ移動） (not 移動 alone:
    # （移動スーパー）, （予約制の移動サービス） are said)
    "席へ移動": False, "席に移動": False,
    # the chair handed over: （議長、副議長と交代）, （議長交代）, （委員長交代）
    "と交代": False, "議長交代": False, "委員長交代": False,
    # the bell at a speaker's time limit (（時間終了のベル）, （予鈴のベル）); the ballot box
    # checked before a vote (（投票箱点検）)
    "のベル": True, "投票箱点検": False,
    # a witness speaking in another language, the interpreter's words written instead:
    # （以下、ベトナム語で発言）
    "語で発言": False, "語で挨拶": False,
    # the chamber's display of a questioner's time left, noted where it is shown (（残時間表示）)
    "残時間表示": False, "残り時間表示": False,
}
# what a summary record writes in a speech's place, a sentence of its own in the plain form
# (○　副町長　土橋　正美 / 議案書に基づき逐条的に説明する。: 月形町): not said
_SUMMED_UP = re.compile(r"(?:議案書|議案|資料|別紙|説明書|提案理由書|予算書|決算書)(?:等)?(?:に基づき|に基づいて|により|に沿って)"
                        r"[^。、]{0,16}説明(?:する|した|を行う|を行った|があった)。")
# …and the side heading over the speech that follows it there (補足説明 on a line of its own)
_SUMMED_UP_SIDE = re.compile("(?:補足|概要|提案|追加)説明")
# what the meeting did, or a speech the record sums up, in brackets on a line of its own
# ((欠席者の確認を実施), （資料配付）, (資料に基づき説明)) — inside a sentence the same words
# are said (防災訓練（年２回を実施）)
_ACTION_NOTE = re.compile(r"[（(〔][^（(〔）)〕。、]{0,24}(?:を実施|配付|配布|上映|映写|に基づき説明|に基づいて説明|により説明|資料説明)[）)〕]")
# brackets and nothing else (（拍手）（笑声）)
_NOTES_ONLY = re.compile(r"(?:[（(][^（()）]{1,24}[）)][ \u3000]*)+")
# something shown to the chamber (（パネルを提示）, (資料掲示)) and the chamber as one ((一同礼),
# (一同「おはようございます」): heard when it says something) — not マイナンバーカード等の提示 or 役員一同
_SHOWN = re.compile(r"(?:(?:モニター|スクリーン|画面|大型ビジョン|プロジェクター)(?:に|で))?(?:パネル|資料|写真|図|図面|フリップ|模型|実物|現物|地図|画像|動画|グラフ|表)(?:等)?を?(?:提示|掲示|示す|表示|映す|映し出す|掲げる)")
_ALL_TOGETHER = re.compile(r"一同[「起着礼拍黙]")
# words not heard, as some minutes mark them in brackets (美作市: （聴取不能）): each is a
# ★ in the text (parse_text's _as_stars), with a candidate like one
UNHEARD_MARKS = ("聴取不能", "一部聴取不能", "以下聴取不能", "聴取困難", "聞き取り不能", "聴き取り不能", "聴取不明", "不明瞭",
                 # a transcription firm's forms (＜聞き取り不能＞, ＜発言が重なり聞き取り不能＞)
                 "聞き取れず", "聞き取り不可", "聞取不能", "発言が重なり聞き取り不能", "発言が重なり聴取不能",
                 # marks of other speed versions and transcripts: （不明）, （音声不明瞭）, [inaudible]
                 "不明", "音声不明瞭", "発言不明", "音声不明", "音声途切れ", "以下聞き取れず", "発言聞き取れず",
                 "inaudible", "unclear", "unintelligible")
# Words that make a bracketed group a note only where it stands apart from the sentence
# (…願います。（投票）, a line （事務局長点呼――投票）): in a sentence they are a gloss
# (不在者投票（郵便投票）の対象者, （録音データ）を).
WEAK_NOTE_WORDS = ("投票", "開票", "点呼", "資料配付", "資料配布", "退室", "入室", "録音",
                   # a ceremony's step ((表彰状の伝達), 沼津市), not 情報の伝達（メール配信）を
                   "伝達",
                   # VOICES's place of an agenda item's title ((議題) on a line of its own)
                   "議題",
                   # a copy's elision ((略), (中略): a blog's excerpt of the minutes), not 第３条（略）
                   "略",
                   # what a record sums up instead of writing it down ((資料に基づき説明),
                   # ―　資料に基づき建設課長が説明　―: a council's or a committee's record)
                   "説明",
                   # a closed session's record left out (（秘密会の記録は…非公開とする。）)
                   "秘密会",
                   # where the record prints what it does not say here ((議員派遣の報告は本号末尾に掲載))
                   "掲載", "別掲")
# a summary record's heading over what follows ((主な要望), （その他の意見）), apart from any
# sentence: not said (a bare （意見） / （回答） on its line names the kind that speaks next)
_SUMMARY_HEADING = re.compile(r"[（(](?:主な|その他の?|各委員の)(?:質疑|質問|意見|要望|答弁|発言|議論|協議|討論)"
                              r"(?:等|事項|内容|応答|・答弁|・要望|・意見)?[）)]")
NOTE_MAX_LEN = 40   # real notes are short; a long parenthetical is speech…
# …except the voices from the floor, quoted at any length: （「…」「…」と呼ぶ者あり）
_LONG_NOTE = re.compile(r".*(?:呼ぶ者|言う者|呼ぶ人|言う人|発言する者|の声)(?:あり|多し|多数|多数あり)?$")
# Whole notes with no note word: a voice from the floor (（異議なしの声）, （異議なし）,
# （なし）), the stenographer's 了 (the speaker has finished), a clock time (（14:00）).
_BARE_NOTES = {"異議なし": True, "異議あり": True, "なし": True, "了": False, "続": False, "続き": False,
               # the floor's answer and a vote's result as a town's staff types them on a line of
               # their own (trial 135): （質疑なし）, （全員賛成）, （賛成多数）, （反対者なし）
               "質疑なし": True, "質問なし": True, "討論なし": True, "意見なし": True,
               "全員賛成": False, "賛成多数": False, "賛成少数": False, "賛成全員": False,
               "反対者なし": False, "反対なし": False, "議事進行": True,
               # a speaker's time run out, a remark withdrawn (trial 135): whole, not in
               # 発言時間終了後の… or 発言取り消しの申出
               "発言時間終了": False, "時間終了": False, "発言取り消し": False, "発言取消し": False, "発言取消": False,
               # where the record points to a paper beside it (…配布のとおりであります。（別紙のとおり）)
               "別紙のとおり": False, "別添のとおり": False, "別紙参照": False,
               # the kind of remark after a speaker's label: the executive asking back
               "反問": False}
# a town's plenary turned into its members' meeting and back, a tablet or screen worked
# (（全員協議会に切り替え）, （本会議に戻る）, （ﾀﾌﾞﾚｯﾄ操作）: trial 135), whole — not a speaker's
# （防災行政無線のデジタル方式への切替について） on its line
_SWITCH_NOTE = re.compile(r"(?:全員協議会|本会議|委員会|協議会|秘密会|分科会)(?:に|へ)(?:切り?替え?|切替|移行|戻る|戻す)"
                          r"|(?:タブレット|モニター|パソコン|スクリーン|プロジェクター)(?:の)?操作")
# the room's chime or buzzer, whole in its brackets wherever they stand (（ﾁｬｲﾑ）, （時間終了の
# チャイム）, （予鈴ブザー）: heard) — not （夕焼けチャイム）, （防犯ブザー）, words of a sentence
_ROOM_SOUND = re.compile(r"(?:(?:発言)?時間終了|終了|予鈴|本鈴)?の?(?:チャイム|ブザー)(?:音)?(?:が?鳴る)?")
_CLOCK = re.compile(r"(?:午前|午後)?[0-9０-９]{1,2}[:：][0-9０-９]{2}")
# who is away, named: （山田議員、鈴木議員　欠席）, （堀広一議員 10時00分 退場） — not
# （年間30日以上の欠席） in a speech
_ABSENT = re.compile(r"(?:[\u3005\u4e00-\u9fff]{2,8}[ 　]?(?:議員|委員|君)[、，・ 　]*)+"
                     r"(?:[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分)?[ 　]*)?(?:欠席|遅刻|早退|中座|退席|退場)")
# a voice from the floor by what it says (（異議なしの声）, （説明省略の声）), not （市民の声）
_VOICE = re.compile(r"(?:(?:「[^」]{1,20}」[、・]?)+|異議なし|異議あり|なし|賛成|反対|説明省略|朗読省略|省略|はい|そうだ)"
                    r"(?:と|との)?の声(?:あり|多し|多数|多数あり|起こる)?")
# the clock written in brackets where something happened: （午前10時00分）, (午前10時00分開議)
_CLOCK_NOTE = re.compile(rf"(?:時に)?{layout._TIME}[ \u3000]*{layout._EVENT_WORDS}")
# …and the clock alone, a note only where no speech goes on (開会します。(午前10時00分)),
# not in 明日（午前１０時）から
_CLOCK_ALONE = re.compile(rf"[（(](?:時に)?{layout._TIME}[）)]")   # (時に午前10時00分): older records
# A note word is a word of its own, not the start of a longer one: （市街地再開発事業）,
# （起立性調節障害）, （議場棟を含む） are speech. After it, a note goes on with kana, with
# an end, or with one of these (起立者多数, 拍手多し, 議場騒然, 議場閉鎖, 朗読省略, 休憩中).
_NOTE_GOES_ON = "者多少全員中内閉騒宣省止総開喝始礼"

# the record's end mark after a speech, not said: （以上）, ― 以上 ―, or 以上 alone before the
# next speaker or the end (以上です。 and 以上。 are speech)
_END_MARK = re.compile(r"([（(〔［\[＜<〈―－‐ー—-]*)以上([）)〕］\]＞>〉―－‐ー—-]*)")

# a speech that ends saying a text is read out now (朗読いたします。): the lines after it are that text
# (the speaker's own reading: not 事務局長が朗読いたします。, someone else's, which the record
# only notes)
_READS_OUT = re.compile(r"(?:(?<![がに])|(?<=私が))(?:朗読|読み上げ)(?:を)?(?:いたします|します|させていただきます|いたさせます)。$"
                        # (案文の朗読をもって説明に代えさせていただきます。: the proposer reads it)
                        r"|(?:(?:朗読|読み上げ)をもって|を?(?:朗読|読み上げ)(?:し|して)、?)(?:提案理由の|提案の)?(?:説明|提案説明|趣旨説明)に"
                        r"(?:代え|かえ)(?:させていただきます|させていただきたいと思います|たいと思います|ます)。$")
# (…議会議案を朗読し、提案理由の説明にかえます。: 野々市町)
# …and said at the start of a line that goes on with the text (朗読いたします。 越法 第79号 …), and
# the reader's end of it
_READS_OUT_AT = re.compile(r"(?:朗読|読み上げ)(?:を)?(?:いたします|します|させていただきます)。")
_READ_TO_END = re.compile(r"以上(?:で(?:ございます|あります|す)|です)。")
# a speech that is only the note that a text is read out: the lines after it are that text
_READ_OUT = re.compile(r"[（(〔［]朗[ \u3000]*読[）)〕］]")
_READ_MARK = re.compile(r"[（(〔［「](?:資料|報告書|報告|別紙|文書)?朗[ \u3000]*読[）)〕］」]")
# 〔…〕 ［…］ […] are stage notes whatever they say; （…） (…) are notes only by NOTE_WORDS.
# Markup left in exported text is removed like a note.
_BRACKETED = re.compile(r"〔[^〔〕]*〕|［[^［］]*］|\[[^\[\]]*\]|[（(][^（()）]*[）)]"
                        # (a script or a style left in the text goes whole, its code with it)
                        r"|<(?:script|style|SCRIPT|STYLE)\b[^<>]*>[^<]*</(?:script|style|SCRIPT|STYLE)\s*>"
                        r"|</?[A-Za-z][^<>]*>|&lt;/?[A-Za-z][A-Za-z0-9]*(?:\s[\x20-\x7e]*?)?&gt;|&(?:nbsp|amp|lt|gt|quot|#\d+);")
# …and inside speech, a note in the brackets some records use for them (【拍手】, 《拍手》,
# ≪「異議なし」と呼ぶ者あり≫, ＜拍手＞, 〈笑声〉): a note only by NOTE_WORDS, as in （…）
_SPEECH_NOTE = re.compile(_BRACKETED.pattern + r"|【[^【】]*】|《[^《》]*》|≪[^≪≫]*≫|＜[^＜＞]*＞|〈[^〈〉]*〉"
                          r"|◇[^◇。、\s]{1,16}◇"      # (◇登壇◇: 日立市 on 議事ロックス)
                          r"|「(?:資料|報告書|報告|別紙|文書)朗読」"   # (「資料朗読」: the clerk's mark of a reading)
                          # a note naming people by their labels (（議長（山田太郎君）退席、副議長
                          # （鈴木花子君）議長席に着く）): brackets inside it
                          r"|[（(](?:[^（()）\n]|[（(][^（()）\n]{1,20}(?:君|議員|さん|氏|委員)[）)]){2,60}[）)]"
                          # words withdrawn, printed as a heavy rule inside the sentence
                          # (先ほどの議論で、━━━━━━という指摘が…): not in the minutes, not shown
                          r"|(?<=\S)━{3,}(?=\S)"
                          # a heading marked * in a flowing line, between two sentences (a copy of
                          # a search system's page: …開きます。 *諸般の報告  諸般の報告を行います。)
                          r"|(?:(?<=[。？！?!）)」] )|(?<![^ \u3000]))\*[^\s*。、]{2,30}(?=  (?! ))")
# a chair's remark written into a speaker's turn: 〔議長「静粛に願います」〕, （委員長「時間です」）
_REMARK = re.compile(r"[〔（(［\[]([^「」〔〕（）()［］\[\]]{1,30}?)[ \u3000]*「([^「」]{1,300})」[ \u3000]*[〕）)］\]]")
CHAIRS = ("議長", "委員長", "会長", "座長", "分科会長")
# a particle going on from what stands before it (という, との, には…)
_PARTICLE = "(?:という|といった|との|とは|には|では|から|まで|より|について|[はがをにのとでもへや])"
# …and one after a word not heard (●については、●の部分): a one-kana particle then no
# more hiragana (not ◎がん検診, ◇にぎわい創出 — topics)
_UNHEARD_BEFORE = "(?:という|とは|には|では|から|まで|より|について|[はがをにのとでもへや](?![\u3041-\u3096]))"
# a line that only names a section of a speech: 【再質問】, 【答弁】, 〔要望〕
_SECTION = re.compile(r"[【〔［\[][^】〕］\]。、]{0,8}(?:質問|質疑|答弁|要望|意見|討論|提言|答|問)[^】〕］\]。、]{0,4}[】〕］\]]")
# a section at a line's start, maybe with its topic after it (【質問２】子育て支援について): group 1
# is the topic when the line holds nothing else (no sentence)
_SECTION_HEAD = re.compile(rf"[{SPACES}]*{_SECTION.pattern}[{SPACES}]*(?=(\S[^。？！?!、，,]{{0,24}}"
                           rf"(?:について|に関して|に関する件|の件|[\u4e00-\u9fff々\u30a1-\u30faー]))?[{SPACES}]*$|\S)")
# …one of several, numbered, or a further round (【質問１】, 【答弁２】, 【再質問】): a heading,
# never the layout's mark of who speaks (【問】 / 【答】)
_NUMBERED_SECTION = re.compile("(?=.*(?:質問|質疑|答弁|要望|意見|討論|提言)).*(?:[0-9０-９一二三四五六七八九十①-⑳]|再)")
# the walk to the rostrum written after the label without brackets, before the speech
_CLIMBS = re.compile(r"[ \u3000]*[登降][ \u3000]?壇(?:[ \u3000]+(?=\S)|[ \u3000]*$)")
# a search hit's snippet: what stands after its speaker, cut at both ends (……次に、…体育館の……)
_HIT = re.compile(r"(?:[…‥]+|\.{3,})(?=(?:[^★…‥.]*[^★…‥.\s]){2}).*?(?:[…‥]+|\.{3,})")
_SENTENCE_END = ("。", "」", "』", "？", "?", "！", "!", "）", ")")
_ENDS = re.compile("[。？！?!]")     # a sentence's end anywhere in a line

Style = Literal["auto", "role", "name", "both"]


@dataclass(frozen=True)
class Sound:
    """A sound note such as （拍手）, kept for deaf viewers as a caption cue."""

    at: int          # index in Turn.text before which the sound occurs
    label: str       # the note as it should be shown, e.g. "（拍手）"


# the sound note a recess line of the minutes (午前１１時５分休憩) gives the speech before it:
# a caption and a line of the player's minutes while the room waits
RECESS = "（休憩）"


def _recess(turn: "_TurnBuilder") -> None:
    if not any(x.at == len(turn.chars) and x.label == RECESS for x in turn.sounds):
        turn.sounds.append(Sound(at=len(turn.chars), label=RECESS))


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the official speech text with notes removed.

    ``text`` is the speech as read by viewers (stars kept as ★, stage notes and
    parenthetical notes removed, paragraphs joined without separators); ``source[i]`` is
    the index in :attr:`Minutes.source_text` of ``text[i]``, so later features can write
    text back into the original layout.
    """

    speaker: str                 # label as written, e.g. "副議長(安岡克昌君)", "関谷 博君"
    name: str                    # the person's name without 君, e.g. "安岡克昌"; "" for ○議長
    role: str | None             # e.g. "副議長", "総合政策部長", "１８番"; None for a name alone
    marker: str                  # ○ ◆ ◎ …, "" for a line with none
    text: str
    source: tuple[int, ...]
    sounds: tuple[Sound, ...] = ()
    paragraphs: tuple[int, ...] = (0,)   # indices in text where a source paragraph starts


# how a line that names a person ends (山中花子議員, 佐藤君, 総務課長)
_PERSON_END = re.compile(r"(?:議員|君|委員|さん|氏|長)$")


@dataclass(frozen=True)
class Unplaced:
    """A line of the minutes read as neither speech nor a known part of the layout."""

    line: int        # 1-based line number in Minutes.source_text
    text: str        # the line, stripped
    why: str         # what it looked like, e.g. "a marker line that is not a speaker line"


@dataclass(frozen=True)
class Minutes:
    turns: tuple[Turn, ...]
    source_text: str             # the whole decoded (or extracted) text
    encoding: str                # to write source_text back: "utf-8", "utf-8-sig", "cp932", "utf-16"…
    path: str | None = None
    newline: str = "\n"          # the file's own line end, to write it back the same way
    kind: str = "text"           # "text", "html", "pdf", "csv", "records" (JSON, XML), "captions" (SRT, WebVTT), "docx" or "odt";
                                 # all but text write back as UTF-8 text
    # words not heard marked in brackets ((聴取不能)) stand in source_text as ★, like the
    # speed version's own mark; {position in source_text: the mark as written}, to write
    # the file back as it was where no candidate goes in
    marks: dict[int, str] = field(default_factory=dict)
    unplaced: tuple[Unplaced, ...] = ()
    notices: tuple[str, ...] = ()    # what the reader made of marks an editor left (see _candidate_marks)

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers in order of appearance: names, or roles where no name is known."""
        seen: dict[str, str] = {}     # one person written with spaces of other widths is one
        for t in self.turns:
            who = t.name or t.role or t.speaker
            if who:             # (one speech published alone names nobody)
                seen.setdefault(re.sub(r"\s", "", who), who)
        return list(seen.values())

    @property
    def warnings(self) -> list[str]:
        """One line per unplaced line (at most 20, then a count), for the console and the
        sync map's quality block."""
        where = f"{self.path}: " if self.path else ""
        out = [f"{where}{n}" for n in self.notices]
        out += [f"{where}line {u.line} not read as speech ({u.why}): {u.text[:40]}"
                for u in self.unplaced[:20]]
        if len(self.unplaced) > 20:
            out.append(f"{where}{len(self.unplaced) - 20} more lines not read as speech")
        return out


def speaker_label(turn: Turn, style: Style = "auto") -> str:
    """The speaker as a viewer should see it, without brackets (captions add （）).

    * ``"role"``: the role where there is one (議長, 総合政策部長), else the name; plain
      members by name: 佐藤篤, 山田委員 (a member number such as １８番 is never shown);
    * ``"name"``: the name where there is one, else the role;
    * ``"both"``: role and name, ``議長　佐藤篤`` (members: ``佐藤篤``, ``山田委員``);
    * ``"auto"`` (default): what viewers expect — the chair and executives by role, members
      by name; the same as ``"role"``.
    """
    if style not in ("auto", "role", "name", "both"):
        raise OptionError(f"unknown speaker label style {style!r}; use auto, role, name or both")
    role, name = turn.role or "", turn.name
    member = not role or role in layout.MEMBER_ROLES or layout.is_member_number(role)
    if member:
        if name and role in layout.MEMBER_ROLES:
            return f"{name}{role}"
        return name or role or turn.speaker
    if style == "name":
        return name or role
    if style == "both" and name:
        return f"{role}\u3000{name}"
    return role


# ---------------------------------------------------------------------------- reading

def load(path: str | Path, speaker_pattern: str | None = None) -> Minutes:
    """Read and parse a minutes file: text, a saved HTML page, a PDF, a Word or OpenDocument
    text, CSV (see :mod:`sync.sources`).

    For all but text, :attr:`Minutes.source_text` is the extracted text and
    :attr:`Minutes.encoding` is ``"utf-8"``: the filled minutes are written back as a
    UTF-8 text file of that text, not in the file's own format.
    """
    p = Path(path)
    where = str(path)
    if p.is_dir():
        raise MinutesError("is a folder, not a minutes file; give the path of the minutes file", path=where)
    if not p.exists():
        raise MinutesError("minutes file not found; check the path", path=where)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise MinutesError(f"cannot read the minutes file ({e.strerror}); check its permissions", path=where) from e
    try:
        if p.suffix.lower() in sources.ICHITARO_SUFFIXES:
            raise MinutesError(f"the minutes file is {sources.ICHITARO}")
        source = read_bytes(data)
        m = parse_text(source.text, source.encoding, path=where, speaker_pattern=speaker_pattern,
                       wrapped=True if source.kind == "pdf" else None, title=source.title,
                       records=source.kind == "records")
    except MinutesError as e:
        if e.path:
            raise
        raise MinutesError(str(e), path=where) from e
    return replace(m, newline=source.newline, kind=source.kind)


def parse_text(text: str, encoding: str = "utf-8", path: str | None = None, *,
               speaker_pattern: str | re.Pattern[str] | None = None,
               wrapped: bool | None = None, title: str = "", records: bool = False,
               _lone: bool = True) -> Minutes:
    """Split minutes text into speaker turns (rules in the module docstring).

    ``text`` is normalized like :func:`decode` does, and that normalized text is what
    :attr:`Minutes.source_text` holds and ``Turn.source`` indexes. ``speaker_pattern``
    describes speaker lines of a layout this module does not know (named groups
    ``role``, ``name``, optional ``text``, matched at the start of a line). ``wrapped``
    says whether lines are hard-wrapped inside sentences (None: tell from the text).
    ``title`` is a saved page's title: where the text is one speech with no speaker line,
    a speaker it names (…定例会 大西由紀さん) is that speech's.
    Raises :class:`MinutesError` if the text is empty or holds no speech.
    """
    given = text
    text = normalize_newlines(text).removeprefix("\ufeff")
    # characters a file carries that show as nothing or as the kanji they stand for: zero
    # width spaces and joiners (議\u200b長), radicals for kanji (議⻑, ⼀ of a Word PDF)
    # (and Word's line break inside a paragraph, a vertical tab, is a line break)
    text = plain_kanji(re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)).replace("\v", "\n")
    # a PDF's text copied out: a bold label drawn twice read twice (○○議議長長（（…）, a glyph
    # with no character behind it read as (cid:1234)
    text = _uncid(_undoubled(text))
    # kana with its voicing mark apart (か + ゙: a file written on a Mac) as one character
    text = re.sub("[\u3041-\u30ff][\u3099\u309a]", lambda m: unicodedata.normalize("NFC", m.group()), text)
    if not text.strip():
        raise MinutesError("the minutes file is empty; paste the minutes text into it and save it", path=path)
    # a page's source copied as text: characters written as references (&#x25CB; for ○,
    # &#12289; for 、) are those characters — markup's own (<, >, &) stay as written
    text = _unquoted(_REFERENCE.sub(_referenced, text))
    if "〔" in text:
        text = _READING_NOTE_BROKEN.sub(lambda m: m.group(1) + "\n〔", text)
        # (…and a rule run onto the note, the text read out after it: the rule's first stroke
        # the break — 〔藤田次長朗読〕------- 福祉保健委員会審査報告書…)
        text = _READING_NOTE_RULED.sub(lambda m: m.group(1) + "\n", text)
    text = _unmarked_flow(_without_speaker_box(_listed_label(_UNLINKED.sub(lambda m: " " * len(m.group()), text))))
    text = _unruled(_unbarred(_unflatten(_ungutted(_rejoined_labels(
        _HIT_LINK.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text))))))
    text = _MISMATCHED.sub(_matched, text)
    text = _TORTOISE_LABEL.sub(_tortoise, text) if "〔" in text else text
    text = _HALF_NOTE.sub(_whole_note, text)
    text = _OPEN_NOTE_AT_END.sub(lambda m: m.group() + "〕" if _done_on_floor(m.group(1)) else m.group(), text)
    text = _RULE_AT_END.sub(lambda m: " " * len(m.group()), text)
    text = _STRAY_MARKER.sub(lambda m: " " * len(m.group()), text)
    text = _HEAD_PIECE_BEFORE_LABEL.sub(lambda m: " " * len(m.group()), text)
    text = _STARRED_INDEX.sub(lambda m: " " * len(m.group()), text) if "*" in text or "＊" in text else text
    text = _LABEL_A_GLYPH_A_LINE.sub(_glyphs_joined, text) if "\n" in text else text
    text = _headed_labels(text)
    text = _repeated_heads(text)
    text, notices = _candidate_marks(text)
    text, marks = _as_stars(text)
    pattern = _compile(speaker_pattern, path)
    walk = _Walk(text, pattern, wrapped, records=records)
    turns = tuple(walk.run())
    said = sum(len(t.text) for t in turns)
    lost = sum(len(u.text) for u in walk.unplaced)
    # (…also where the marked lines are only the head's fields, ○開会日 / ○出席委員(10名) /
    # ○議題, with no sentence under any: 中野区's own pages, the labels unmarked)
    head_marked = walk.marked and not pattern and not any(_ENDS.search(t.text) for t in turns)
    if (not walk.marked or head_marked) and (not said or not pattern):
        loose = _Walk(text, pattern, wrapped, loose=True, records=records)
        loose_turns = tuple(loose.run())
        loose_said = sum(len(t.text) for t in loose_turns)
        loose_lost = sum(len(u.text) for u in loose.unplaced)
        extra = len(loose_turns) - len(turns)
        if loose_said and (not said or (not pattern and (lost > said or len(turns) <= 3)) and (
                (loose_said > said and loose_lost < lost)
                or (len(loose_turns) >= 2 * len(turns) + 2 and loose_lost <= lost + 0.1 * said
                    # (…turns that say something: not a roster's rows, 委員 鈴木道子 出席)
                    and (sum(1 for t in loose_turns if _ENDS.search(t.text)) > (ended := sum(1 for t in turns if _ENDS.search(t.text)))
                         or not ended)))):    # (a record with no full stops at all: not so told)
            # no markers and no bracketed labels: labels such as 中村委員 / 関総務課長 at the
            # start of a line (群馬県議会, 中野区) are then the only speaker lines there are —
            # also where a bracketed line or two (a roster's (…局長)　早瀬達郎君) read as labels
            # left most of the file unread or took it all as one speech: if read so, more of it
            # is speech and less is left, or it is many turns where that made one or two
            walk, turns = loose, loose_turns
        elif turns and extra > 0 and -_lead_said(turns, loose_turns) <= said - loose_said <= 12 * extra \
                and loose_lost <= lost \
                and _subsequence([(t.role, t.name) for t in turns], [(t.role, t.name) for t in loose_turns]):
            # bracketed labels read, and lines of a label with no brackets (関谷 博君 alone, or
            # 福島みずほ君　… before the speech) read as the speech before them: the loose
            # reading takes them for labels if it keeps every turn found, loses nothing more
            # and differs only by those labels' letters — and by the speech under such a
            # label before the first label read (山口(て)委員 / 質問いたします。 / 経営課長: the
            # member's question was no turn, and nothing said so)
            walk, turns = loose, loose_turns
    if turns and not walk.marked and pattern is None \
            and not any(_ENDS.search(t.text) or re.search("[\u3041-\u3096]{4}", t.text) for t in turns) \
            and 10 <= (glyphs := sum(1 for line in walk.written if len(line.strip(SPACES)) == 1)) \
            and 4 * glyphs >= text.count("\n") \
            and not any(layout.is_sentence(line) and not _RECORD_STATEMENT.search(line) for line in walk.written):
        # a record's head whose names and offices a PDF's text gives a glyph a line (村 / 瀨 /
        # 優 ( 広 尾 町 長 ) reads as a name and its office in brackets): such shapes with no
        # sentence under any and none in the file are no speaker lines — nothing was said
        turns = ()
    said = any(t.text for t in turns)
    if pattern is None and _questions_and_answers(text, 2 if said else 1):
        # a record of questions and answers with no speaker named (問　… / 答　…, （Ｑ）…):
        # the question and the answer are who speaks — the whole record, or a committee's
        # summary where they follow the chair's labelled opening (not one question and its
        # answer a member reads out: two of each at least)
        qa = _Walk(text, _QA_LABEL, wrapped)
        qa_turns = tuple(_asked_by(_named_under_kind(t)) for t in qa.run())
        if any(t.text for t in qa_turns) and (not said or (
                len(qa_turns) > len(turns) and len(qa.unplaced) <= len(walk.unplaced)
                and _subsequence([(t.role, t.name) for t in turns], [(t.role, t.name) for t in qa_turns]))):
            walk, turns = qa, qa_turns
    if not any(t.text for t in turns) and _lone and pattern is None \
            and (cut_text := _cut_at_lone_labels(normalize_newlines(given))) is not None:
        # one or two labels inside a long line, each with speech after it (an aggregator's copy
        # of a short committee: its head's blocks flowed onto the line, then (午前10時00分 開会)
        # ○中山隆仁 委員長 ただいまから…): too few to say the line flows, and nothing else is
        # speech — read so before the file is taken for one speech of no one
        try:
            return parse_text(cut_text, encoding, path, wrapped=wrapped, title=title, _lone=False)
        except MinutesError:
            pass
    if not any(t.text for t in turns) and pattern is None and (alone := _spoken_alone(text, walk, turns, wrapped, title)):
        # sentences said and no speaker line anywhere: one speech published alone (a policy
        # address, 施政方針; a transcript of one speaker) is that speech, its speaker unnamed
        walk, turns = alone
        first, who = walk.spoken_front[0][0], turns[0].speaker
        notices.append(f"no speaker line anywhere: the text from line {first} is read as one speech by "
                       + (f"{who}, as the page's title names the speaker" if who and layout.compact(title).endswith(layout.compact(who)) else
                          f"{who}, the office the speech's title names (to name them too, add a line such as "
                          f"○{who}（山田太郎君） above line {first})" if who and not turns[0].name else
                          f"{who}, as the speaker names themself in its opening" if who and re.search(
                              re.escape(who) + "(?:でございます|です)", layout.compact(turns[0].text)) else
                          f"{who}, the office and name the file gives alone on a line" if who else
                          "a speaker not named (captions name nobody); to name them, add a line such as "
                          f"○市長（山田太郎君） above line {first}"))
    cut = [t for t in turns if t.text]
    if len(cut) >= 2 and all(re.search(r"(?:……|…|\.\.\.)[」）)]?$", t.text.rstrip(SPACES)) for t in cut):
        # every speech cut off (国会議員白書's page of a member's speeches, each an opening and
        # ……): excerpts, not the minutes
        raise MinutesError(
            f"no speech found: every one of the file's {len(cut)} speeches is cut off with …… (a page of "
            "excerpts or search results), not the minutes — open the record itself and save or copy "
            "the whole text", path=path)
    if not any(t.text for t in turns) and walk.hits:
        raise MinutesError(
            f"no speech found: the file holds {walk.hits} search results (a speaker and a snippet "
            "cut by ……) but not the minutes — open the minutes from the results page and save or "
            "copy the whole text", path=path)
    if not any(t.text for t in turns):
        first = next((u for u in walk.unplaced if u.why.startswith("a marker")), None) or \
            next(iter(walk.unplaced), None) or next(iter(walk.written_front), None)
        if first is not None and not first.why.startswith("a marker") and _ends_sentence(first.text):
            # a sentence is no speaker line: the one it stands under may be (通告1　阿部隆之議員
            # / 1．農業振興について / 中標津町における…)
            lines = text.split("\n")
            for k in range(first.line - 2, max(-1, first.line - 5), -1):
                above = lines[k].strip(SPACES)
                if above and not re.search("[。？！?!]", above) and _PERSON_END.search(above):
                    first = Unplaced(line=k + 1, text=above, why=first.why)
                    break
        hint = (f"line {first.line} ({first.text[:30]}) looks like a speaker line this parser does not know; "
                if first else "")
        if first and not first.why.startswith("a marker") and len(first.text) > 40 \
                and re.search("[。？！]", first.text[:-1]) \
                and not re.search(r"[\s／/＞>：:|｜]", first.text.split("。", 1)[0][:20]):
            # a page of one speech whose speaker only its title names
            hint = f"line {first.line} ({first.text[:30]}) is speech with no speaker line before it; "
        spoken = [u for u in walk.unplaced if u.why == "a spoken sentence before the first speaker line"]
        if first and spoken and first is spoken[0] and "looks like a speaker line" in hint \
                and len(spoken) >= 2 and len(spoken) == len(walk.unplaced):
            # sentences said and no speaker line anywhere: one speech published alone (a
            # policy address, 施政方針), its speaker named only in its title or signature
            hint = (f"lines {spoken[0].line}–{spoken[-1].line} are speech with no speaker line anywhere (one "
                    f"speech published alone?) — add a line naming its speaker just above line {spoken[0].line}, "
                    "such as ○市長（山田太郎君）; ")
        named = [m.group(0) for line in text.split("\n") if (m := _NAMED.search(line))
                 and "。" not in line[m.end():]]
        if len(named) >= 2:
            # labels and no speech under any: a search system's list of speakers or contents
            raise MinutesError(
                f"no speech found: the file names {len(named)} speakers ({named[0]}, …) but holds "
                "none of their speech — a list of speakers or a table of contents? Save or download "
                "the page that holds the speeches", path=path)
        lines = [line for line in (raw.strip(SPACES) for raw in text.split("\n")) if line]
        heads = [line for line in lines if layout.heading_words(line[layout.split_marker(line)[1]:])]
        head_only = len(heads) >= 2 and not any(layout.is_sentence(line) and not _RECORD_STATEMENT.search(line)
                                                for line in lines)
        if not head_only and len(sections := [w for w in _HEAD_SECTIONS if w in text or w in re.sub(
                r"[ \u3000]", "", text)]) >= 2 \
                and not any(_SPOKEN_END.search(line) for line in lines):
            # (a head an aggregator flowed onto one line, 出席議員(16名) … 欠席議員(なし) 地方自治法第121条
            # の規定により説明のため…, or under the convening notice, …次のとおり招集する。: nothing said)
            heads, head_only = sections, True
        if head_only:
            # 出席議員 / 説明のため出席した者 / 議事日程, and not one sentence: the record's head
            # saved alone (a search system shows it as the sitting's first page)
            raise MinutesError(
                f"no speech found: the file holds only the head of a record ({heads[0][:20]}, {heads[1][:20]}, …), "
                "no speech — save or copy the pages of the sitting that hold the speeches", path=path)
        told = next((line for line in lines if _NOT_A_SPEECH.search(line) or _LETTER.fullmatch(line)), None)
        if told is not None and not any(layout.split_marker(line)[0] for line in lines) \
                and not any(_label_first(line) for line in lines if not _LETTER.fullmatch(line)) \
                and any(map(layout.is_sentence, lines)):
            # sentences, no speaker line, and who to ask or whom it is sent to: a notice, a
            # press release, a letter, a covering note — not the minutes
            raise MinutesError(
                f"no speech found: the file reads as a notice, a letter or a covering note ({told[:24]}), not "
                "minutes — give the minutes file (the speeches with their speakers' lines)", path=path)
        raise MinutesError(
            f"no speech found; {hint}the minutes need speaker lines such as ○議長（山田太郎君） "
            "or ○山田太郎君 with the speech after them, or a speaker pattern that matches "
            "their speaker lines", path=path)
    named = [m.group(1) for line in text.split("\n") if (m := _LABEL_ALONE.fullmatch(line))]
    if len(named) >= 3 and not any(re.search("[。？！?!．]|ます$|です$", t.text) for t in turns) \
            and sum(len(t.text) for t in turns) < 20 * len(named):
        # labels, and under them only a list's titles and dates (a search system's results
        # with the speakers shown): no sentence said anywhere
        raise MinutesError(
            f"no speech found: the file names {len(named)} speakers ({named[0]}, …) but holds "
            "no sentence of theirs — a list of search results or of contents? Save or download "
            "the page that holds the speeches", path=path)
    if len(turns) >= 2 and all(map(_index_row, turns[:-1])) and any(t.text.strip(SPACES) for t in turns) and (
            _index_row(turns[-1]) or (len(turns) >= 3 and re.fullmatch(
                r"選(?:択[ \u3000]*[0-9０-９]{0,4}[ \u3000]*[:：]?)?|[0-9０-９]{1,4}[ \u3000]*(?:ペー?|頁)?",
                turns[-1].text.strip(SPACES)))):
        # (…its last row cut off where the copy ends: … ◯議長(たけだやすひこ君) 選)
        # every label followed by a page, a count of hits or a row number: a search system's
        # list of the speakers (the frame beside the record), saved alone
        first = turns[0]
        raise MinutesError(
            f"no speech found: the file is a list of the speakers ({first.speaker}, …) with "
            "page numbers or hit counts, not the minutes — open the record itself (its text frame or "
            "its download) and save or copy that", path=path)
    # a head's roster rows read as labels before the first speech (●執行部 斉藤 猛 区長 山本敏彦
    # 副区長 …, ●事務局 書記 野村一貴: an aggregator's head flowed onto one line): no turns
    lead = 0
    spoken_marks = {t.marker for t in turns if _says_something(t.text)}
    while lead < len(turns) - 1 and _head_roster_turn(turns[lead], text, spoken_marks):
        lead += 1
    turns = turns[lead:]
    # a peer's title before the name (帝国議会's 貴族院: ○委員長（伯爵溝口直亮君）): not the name
    turns = tuple(replace(t, name=_PEERAGE.sub("", t.name)) for t in turns)
    turns = _offices_apart(_one_spelling(_continued(tuple(_restated(_kind_off(t)) for t in turns))), text)
    if sum(1 for t in turns if _quoted_whole(t.text)) >= max(2, 0.5 * len(turns)):
        # every speech in corner quotes after its speaker (議長 「それでは…」, 備北地区消防組合):
        # the layout's quotes, not said — a caption would open 「 and close it cues later
        turns = tuple(_unquoted_turn(t) if _quoted_whole(t.text) else t for t in turns)
    notices += _calls_answered_in_turn(turns, text) + _name_slips(turns, text) + _pasted_twice(turns, text)
    return Minutes(turns=turns, source_text=text, encoding=encoding, path=path,
                   unplaced=tuple(walk.unplaced), marks=marks, notices=tuple(notices))


# a speech broken inside a kanji numeral (二 / 〇一九年): the zero that opens the next line
_KANJI_NUMERAL_END = re.compile("[〇○一二三四五六七八九十百千万]$")
_NUMERAL_GOES_ON = re.compile("[〇○一二三四五六七八九十百千万億年月日時分秒円人件回号条項％%]")
_QUOTED = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_MD_HEADING = re.compile(rf"(?m)^#{{1,6}}[ \t]+(?=[{MARKERS}]|\*\*)")
_MD_BOLD = re.compile(r"(?m)^([ \t\u3000]*)\*\*([^*\n]{1,60})\*\*")
_MD_ITEM = re.compile(rf"(?m)^[ \t]*[-*+][ \t]+(?=\*\*|[{MARKERS}])")
_MD_QUOTE = re.compile(r"(?m)^[ \t]*>[ \t]?")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,60})\]\((?:https?://|/|\.{0,2}/)[^()\s]{0,300}\)")
_MD_TITLE = re.compile(rf"(?m)^#{{1,6}}[ \t]+(?![{MARKERS}]|\*\*)(\S.*)$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_MD_STRUCK = re.compile(r"~~[^~\n]{1,200}~~")
_MD_MARKED = re.compile(r"==([^=\n]{1,200})==")


def _one_spelling(turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """Each speaker spelt one way in a file: the way most of their labels write them
    (○8番（佐藤花子議員） among ○８番（佐藤 花子君）: the seat's digits and the name's spaces each as in
    most of them, the first of equals), so that the captions and the list of speakers
    show one person once."""
    roles: dict[tuple[str, str], Counter] = {}
    names: dict[tuple[str, str], Counter] = {}
    for t in turns:
        roles.setdefault(_who(t), Counter())[t.role] += 1
        names.setdefault(_who(t), Counter())[t.name] += 1
    def most(c: Counter) -> str:
        # the commonest; among equals one whose digits are all of one width (not 1２番, a
        # copy's mix: 12番 and １２番 once each beside it)
        return max(c, key=lambda k: (c[k], not (re.search("[0-9]", k or "") and re.search("[０-９]", k or ""))))

    chosen = {who: (most(roles[who]), most(c)) for who, c in names.items() if len(c) > 1 or len(roles[who]) > 1}
    if not chosen:
        return turns
    return tuple(replace(t, role=chosen[w][0], name=chosen[w][1]) if (w := _who(t)) in chosen else t
                 for t in turns)


# an office's own end (課長, 所長, 課長補佐), after its department's name
# — a division of the town hall, named for what it does (建設課, 長寿介護課), not a place's
# office named for the place (中野図書館, 金沢港事務所, 大和田市民センター)
_OFFICE_END = re.compile("(課|部|局|室|センター)(?:長|長補佐|長代理|次長|参事|主幹|主査|(?<=センター)所長)$")
# what never opens a department's name: a suffix of the word before it (高齢者福祉課)
_NO_DEPARTMENT_START = tuple("者的化性費料等用系課部局室係所業")


_GOING_ON = ("続", "続き", "続く", "発言を続ける", "承前")
_CONTINUED_LABEL = re.compile(r"[（(](?:" + "|".join(_GOING_ON) + r")[）)]")


def _continued(turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """A speaker going on after an interruption labelled by the role alone with （続）
    (○１５番（続）): the name the same role had in its last label, so one member is one
    speaker."""
    named: dict[str, str] = {}
    out = []
    for t in turns:
        if t.role and (t.name == "" or t.name in _GOING_ON) and _CONTINUED_LABEL.search(t.speaker) \
                and t.role in named:
            t = replace(t, name=named[t.role])
        elif t.role and t.name:
            named[t.role] = t.name
        out.append(t)
    return tuple(out)


_KIND_BEFORE = re.compile(rf"{_SECTION.pattern}[{SPACES}]*")


def _kind_off(t: Turn) -> Turn:
    """A turn whose label starts with the kind of remark (【質問】３番（石川里美君）,
    【答弁】町長（…）): the speaker without it, as 【再質問】 before a label is."""
    kind = _KIND_BEFORE.match(t.role or "")
    if kind is None or not kind.end() < len(t.role) or not (
            layout.is_role(t.role[kind.end():]) or layout.is_member_number(t.role[kind.end():])):
        return t
    at = t.speaker.find(kind.group())
    speaker = t.speaker[:at] + t.speaker[at + len(kind.group()):] if at >= 0 else t.speaker
    return replace(t, role=t.role[kind.end():], speaker=speaker)


def _offices_apart(turns: tuple[Turn, ...], text: str) -> tuple[Turn, ...]:
    """A surname run into an office (○清水建設課長, ○佐藤長寿介護課長) that the dictionary
    reads otherwise — 清水建設 a company, 佐藤長寿 a full name — split where the minutes name that department apart from the
    surname: in speech (長寿介護課から報告を受けます), in a header, or in another speaker's
    label (○松井建設課長) — or nowhere, where another glued label's department that is
    shares its first two characters (○加藤長寿社会課長 beside ○佐藤長寿介護課長). Only a glued
    label, its name one to three kanji the dictionary knows as a surname (not 中央図書館長,
    総合政策課長; a surname also a common noun, 植木, only before a long department), the
    longest such office."""
    fixed: dict[str, tuple[str, str]] = {}
    heads: dict[str, list[tuple[str, str, str]]] = {}
    for t in turns:
        glued = t.speaker
        if t.speaker in fixed or not re.fullmatch(r"[\u4e00-\u9fff\u3041-\u30ffー]{4,30}", glued) \
                or glued != (t.name or "") + (t.role or ""):
            continue
        for k in (1, 2, 3):
            surname, office = glued[:k], glued[k:]
            if (t.role, t.name) == (office, surname):
                break       # read so already
            end = _OFFICE_END.search(office)
            department = office[:end.end(1)] if end is not None else ""
            if len(department) < 3 or office.startswith(_NO_DEPARTMENT_START) \
                    or not re.fullmatch("[\u4e00-\u9fff]+", surname) or not layout.is_role(office) \
                    or not (layout._surname_alone(surname) or (
                        # a word the dictionary reads first as a common noun (植木), before a
                        # department too long to begin with it (子ども家庭支援センター); not a
                        # part of a town (南部福祉センター, 東市民センター)
                        len(surname) >= 2 and layout.may_be_surname(surname) and len(department) >= 6
                        and surname[-1] not in "部課局室" and surname[0] not in layout._PLACE_WORDS)):
                continue
            if layout.cuts_word(glued, k):
                continue    # 北保|健センター所長: 保健 is one word (健センター inside 林保健センター
                #             is no department named apart)
            if text.count(department) > text.count(surname + department):
                fixed[t.speaker] = (office, surname)
                break
            if layout._surname_alone(surname):
                heads.setdefault(t.speaker, []).append((office, surname, department))
    # a department nowhere named apart, whose first two characters open a department that
    # is (○加藤長寿社会課長 beside ○佐藤長寿介護課長 and 長寿介護課から…): a town hall's
    # divisions share their heads — the split the others have
    named = {fixed_office[:2] for fixed_office, _ in fixed.values()}
    for speaker, splits in heads.items():
        for office, surname, department in splits:
            if speaker not in fixed and department[:2] in named:
                fixed[speaker] = (office, surname)
    if not fixed:
        return turns
    return tuple(replace(t, role=fixed[t.speaker][0], name=fixed[t.speaker][1]) if t.speaker in fixed else t
                 for t in turns)


def _subsequence(short: list, long: list) -> bool:
    """Does ``long`` hold every item of ``short`` in its order?"""
    it = iter(long)
    return all(any(x == y for y in it) for x in short)


def _unquoted(text: str) -> str:
    """``text`` without what wraps it when it came quoted in an e-mail (``> `` before most
    lines) or written as Markdown (``### ○議長（…）``, ``**議長（…）**``)."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted_lines = [line for line in lines if line.lstrip().startswith(">")]
    if lines and (len(quoted_lines) >= 0.6 * len(lines) - 1e-9 or sum(
            1 for line in quoted_lines if layout.split_marker(_QUOTED.sub("", line))[0]) >= 2):
        # (most lines quoted — or a covering note and a signature around a quote whose
        # lines are speaker labels)
        # the reply around the quote (以上です。 / 鈴木 under it) is the sender's, not the minutes
        every = text.split("\n")
        quoted = [k for k, line in enumerate(every) if line.lstrip().startswith(">")]
        text = "\n".join(line if quoted[0] <= k <= quoted[-1] else "" for k, line in enumerate(every))
        text = _QUOTED.sub("", text)
    # a link as Markdown writes it, [林美穂](https://…): its text (a volunteer's copy linking names)
    text = _MD_LINK.sub(r"\1", text)
    headings = len(_MD_HEADING.findall(text)) >= 2
    if headings:
        text = _MD_HEADING.sub("", text)
    if headings or len(_MD_BOLD.findall(_MD_ITEM.sub("", text))) >= 2:
        # written as Markdown: its list items and quotes lose their marks too; a heading of
        # its own (## 日程第２　諸般の報告) is a section's title, set apart as a page's is; a
        # character escaped (\(１\)) is that character; struck-out words (~~修繕~~) are the
        # editor's deletion, highlighted ones (==何％==) are said
        text = _MD_TITLE.sub(lambda m: f"{HEADING_RULE}\n{m.group(1)}", text)
        text = _MD_STRUCK.sub("", _MD_MARKED.sub(r"\1", _MD_ESCAPE.sub(r"\1", text)))
        text = _MD_BOLD.sub(r"\1\2", _MD_QUOTE.sub("", _MD_ITEM.sub("", text)))
    return text


_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));|&(quot|apos);")


def _referenced(m: re.Match[str]) -> str:
    if m.group(3):
        return '"' if m.group(3) == "quot" else "'"
    try:
        ch = chr(int(m.group(1), 16) if m.group(1) else int(m.group(2)))
    except (ValueError, OverflowError):
        return m.group()
    return m.group() if ch in "<>&" or not ch.isprintable() else ch


# a label whose brackets an OCR read as two kinds (○議長〔大野勝君）, ○６番（高橋実君〕)
_MISMATCHED = re.compile(rf"(?m)^([ \u3000]{{0,4}}[{MARKERS}][^\s（()）〔〕［］\[\]]{{1,12}})"
                         r"(?:([〔［\[「])([^\s（()）〔〕［］\[\]「」]{1,12}(?:君|議員|委員|さん))([）)])"
                         r"|([（(])([^\s（()）〔〕［］\[\]]{1,12}(?:君|議員|委員|さん))([〕］\]])"
                         # an OCR's angle bracket for the round one (〇議長〈西田廣君）)
                         r"|([〈《])([^\s（()）〔〕［］\[\]〈〉《》]{1,12})([）)〉》]))")


# a marker left at the end of a flowing copy's line of speech, the next line opening with a
# marker of its own (…12件は可決されました。 〇 / △日程第4): a link's leftover, not said
_STRAY_MARKER = re.compile(rf"(?m)(?<=[。？！?!])[ \u3000]+[{MARKERS}](?=[ \u3000]*\n[ \u3000]*[{MARKERS}])")
# a search system's index entry for a speech, starred, flowed into the record's line
# before the speech it indexes (…笠和彦君。(拍手) *笠議員質問 4 ◯十四番(…)登壇 …: 福岡県議会 as a
# copy gives it): not said
_STARRED_INDEX = re.compile(rf"(?<=\s)[*＊][^\s*＊。、「」]{{1,20}}(?:発言|質問|答弁|報告|説明)"
                            rf"(?=\s+(?:[0-9０-９]{{1,4}}[:：]?[ \u3000]+)?[{MARKERS}])")
# an office after its marker one character a line, as a PDF's narrow label column gives it
# (○副 / 議 / 長 / 皆さん、おはようございます。: 白浜町)
_LABEL_A_GLYPH_A_LINE = re.compile(rf"(?m)^([ \u3000]*[{MARKERS}][\u4e00-\u9fff])((?:\n[\u4e00-\u9fff]){{1,5}})(?=\n)")


def _glyphs_joined(m: re.Match[str]) -> str:
    """The office of :data:`_LABEL_A_GLYPH_A_LINE` on one line, its characters spread (the
    line breaks made spaces: the offsets stay) — where it reads as an office."""
    office = m.group(1)[-1] + m.group(2).replace("\n", "")
    if not layout.is_role(office) and office not in layout.STANDALONE_ROLES:
        return m.group()
    return m.group(1) + m.group(2).replace("\n", " ")


# …and a kanji or two of a spread heading left before a speaker line alone on its line by a
# PDF's columns (○ 開 / 議 ◎議長(桃崎峰人君), 佐賀県議会): not the label's
_HEAD_PIECE_BEFORE_LABEL = re.compile(rf"(?m)^[ \u3000]*[\u4e00-\u9fff]{{1,2}}[ \u3000]+"
                                      rf"(?=[{MARKERS}][^\s（(。、{MARKERS}]{{1,20}}[（(][^）)\n。、]{{2,20}}[）)][ \u3000]*$)")
# …and one that ends a line of speech, never closed (…井上良次君。     〔井上良次登壇), and the
# Diet's rule between items run onto the speech's line (…会議を開きます。      ————◇—————)
_OPEN_NOTE_AT_END = re.compile(r"(?m)(?<=[。？！?!〕])[ \u3000]+〔([^〔〕\n。、「」]{1,30})(?=[ \u3000]*$)")
_RULE_AT_END = re.compile(r"(?m)(?:(?<=[。？！?!)）〕])[ \u3000]+(?:[—―─━－]{3,}[◇◆○・][—―─━－]{3,}|[—―─━－]{8,}|[~〜～]{8,})"
                          # (the rule with its ◇ also after a sentence the old record left open,
                          # …これより会議を開きます      ————◇—————)
                          r"|(?<=[^\s—―─━－])[ \u3000]{2,}[—―─━－]{3,}[◇◆][—―─━－]{3,})"
                          r"(?:[ \u3000]+((?:追加)?日程第[0-9０-９一二三四五六七八九十百]+[ \u3000、，]*[^\s。？！?!][^。？！?!\n]{0,40}(?<!ます)(?<!です)))?"
                          r"[ \u3000]*$")   # (…and the item's heading, whole: 日程第三 内閣総理大臣指名)


# a viewer's numbered head over each speech, naming its speaker (kokalog: ``  3. 笹口晃``), and
# the blank lines under it
_BLANKS = re.compile(rf"[{SPACES}\n]*")
_VIEWER_HEAD = re.compile(r"(?m)^[ \t\u3000]*[0-9０-９]{1,4}[.．][ \t\u3000]+([^\s。、（()）]{2,12}(?:[ \u3000][^\s。、（()）]{1,8})?)[ \t\u3000]*\n")


def _headed_labels(text: str) -> str:
    """``text`` with the labels a viewer of the Diet's old records copied without their marker
    and opening bracket (kokalog: ``  2. 松岡駒吉`` / ``    議長松岡駒吉君) これより…``, ``  3.
    笹口晃`` / ``    笹口晃君 議事日程…``, ``  2. 南條徳男`` / ``    南條委員長 では…``) written
    whole (○議長(松岡駒吉君), ○笹口晃君, ○南條委員長) — where the head over each names the very
    person the line under it opens with, twice or more."""
    if not _VIEWER_HEAD.search(text):
        return text
    edits: list[tuple[int, int, str]] = []
    for m in _VIEWER_HEAD.finditer(text):
        name = layout.compact(m.group(1))
        at = _BLANKS.match(text, m.end()).end()
        stop = text.find("\n", at)
        line = text[at:stop if stop >= 0 else len(text)]
        if line[:1] in MARKERS:
            continue
        alone = re.match(rf"{re.escape(name)}君(?=[{SPACES}])", line)
        half = re.match(rf"([^\s（()）。、]{{1,20}}?){re.escape(name)}君[)）](?=[{SPACES}])", line)
        first = re.match(rf"[^{SPACES}]{{2,24}}(?=[{SPACES}]+\S)", line)
        office = None
        if first and not alone and not half:
            # 南條委員長, 石田(一)委員, 有田(二)委員長代理: the surname (and the given name's
            # first kanji) before an office — a committee's labels
            k = next((k for k in range(len(name), 0, -1) if first.group().startswith(name[:k])), 0)
            office = re.sub(r"^[（(][^（()）]{1,3}[）)]", "", first.group()[k:]) if k else None
        said = line[(alone or half or first).end():] if (alone or half or first) else ""
        if not ((_ENDS.search(said) or half) and re.search("[\u3041-\u3096]{2}", said)):
            continue        # (speech after it: not a numbered list of people, 1. 佐藤一郎 / 佐藤委員長 総務委員会;
            #                 the office and the head's name with 君) say a label even where the old
            #                 record's sentence has no full stop, これより会議を開きます)
        if alone or (office and layout.is_role(office) and not layout.is_member_number(office)):
            edits.append((at, at, "○"))
        elif half and layout.is_role(half.group(1)):
            edits.append((at, at + half.end(), f"○{half.group(1)}({name}君)"))
    if len(edits) < 2:
        return text
    for a, b, new in reversed(edits):
        text = text[:a] + new + text[b:]
    return text


def _marked_label_line(line: str) -> bool:
    """Does ``line`` open with a marker and a speaker's label (not a marked heading)?"""
    marker, at = layout.split_marker(line)
    return bool(marker) and (found := layout.parse_label(line, at, loose=True)) is not None \
        and bool(found.role or found.name) and not layout.heading_words(line[at:].strip(SPACES))


def _repeated_heads(text: str) -> str:
    """``text`` with a page's head pasted again further down blanked (two saved pages one
    after the other: kokalog's ``運営者 Bitlet 姉妹サービス`` / ``使い方 FAQ …`` over the
    second page's title and head), from the repeated lines — two or more lines of the head
    above the first speaker line, again one after the other — to the next speaker line, so
    that the speech before it does not go on into them. Spoken sentences in between stay."""
    lines = text.split("\n")

    first = next((k for k, line in enumerate(lines[:5000]) if _marked_label_line(line)), None)
    if first is None:
        return text
    head = [c for line in lines[:first] if len(c := layout.compact(line)) >= 4]
    if len(head) < 2 or any(_SPOKEN_END.search(line) for line in lines[:first]):
        return text
    k, changed = first + 1, False
    while k < len(lines):
        j = next((j for j in range(k + 1, min(len(lines), k + 4)) if lines[j].strip(SPACES)), None)
        end = None
        if layout.compact(lines[k]) == head[0] and j is not None and layout.compact(lines[j]) == head[1]:
            # (the page's top again, two lines: after a speech's end, and then nothing but a head
            # up to the next speaker line — not a PDF's running head inside a sentence, nor the
            # title's lines read out or quoted, nor a page's head over a speech that goes on)
            before = next((lines[x] for x in range(k - 1, first, -1) if lines[x].strip(SPACES)), "")
            end = next((x for x in range(j + 1, min(len(lines), j + 40)) if _marked_label_line(lines[x])), None)
            if not before.rstrip(SPACES).endswith(_SENTENCE_END) or end is None \
                    or any(re.search("[、。，,？！?!]", lines[x]) for x in range(k, end)):
                end = None
        if end is not None:
            for x in range(k, end):
                lines[x] = " " * len(lines[x])
            k, changed = end, True
            continue
        k += 1
    return "\n".join(lines) if changed else text


# a stage note on a line of its own that lost one of its brackets in a copy (四日市市 on
# 議事ロックス: ` 総務委員長(石田成生議員)登壇〕`; `〔各員投票`)
# a note that someone reads a text out broken after its opening bracket at a copy's link
# (…朗読させます。 〔 / 鈴木事務局次長朗読〕 区長報告第一号…): the bracket opens the next line
# (moved past the break: the offsets stay)
_READING_NOTE_BROKEN = re.compile(r"〔([ \u3000]*)\n(?=[ \u3000]*[^〔〕\n。、]{2,30}?(?:朗読|報告)〕)")
_READING_NOTE_RULED = re.compile(r"(〔[^〔〕\n。、]{2,30}?(?:朗読|報告)〕[ \u3000]*)[-─━―~〜～−－](?=[-─━―~〜～−－]{3,})")
_HALF_NOTE = re.compile(r"(?m)^([ \u3000]*)(?:(?=[^\n〔]*〕[ \u3000]*$)([^\n〔〕。、「」]{1,40})〕"
                        r"|〔([^\n〔〕。、「」]{1,40}?))([ \u3000]*)$")


def _whole_note(m: re.Match[str]) -> str:
    """The note in ``m`` with both brackets, if what it says is done on the floor (登壇, 投票)."""
    inner = m.group(2) or m.group(3)
    text = m.string
    if m.group(2):      # (not the end of a note broken over lines: 〔山田太郎君 / 登壇〕, 〔市長 / 田中次郎君 / 登壇〕)
        above = text[max(0, m.start() - 200):m.start()].rstrip(SPACES + "\n").split("\n")[-3:]
        for before in reversed(above):
            if before.rfind("〔") > before.rfind("〕"):
                return m.group()
            if "〕" in before or _ENDS.search(before):
                break
    else:               # (nor its start)
        below = text[m.end():m.end() + 200].lstrip(SPACES + "\n").split("\n")[:3]
        for after in below:
            if "〕" in after and ("〔" not in after or after.find("〕") < after.find("〔")):
                return m.group()
            if "〔" in after or _ENDS.search(after):
                break
    if not _done_on_floor(inner):
        return m.group()
    return f"{m.group(1)}〔{inner}〕{m.group(4)}"


def _done_on_floor(inner: str) -> bool:
    """Does a note's text say what is done on the floor (登壇, 各員投票, 退場)?"""
    return layout.is_stage_direction(inner) or re.search("(?:投票|退場|入場)$", layout.compact(inner)) is not None


def _matched(m: re.Match[str]) -> str:
    """The label of ``m`` (see ``_MISMATCHED``) in round brackets (one character each: the
    offsets hold)."""
    if m.group(2):
        return f"{m.group(1)}（{m.group(3)}{m.group(4)}"
    if m.group(8):
        return f"{m.group(1)}（{m.group(9)}）"
    return f"{m.group(1)}{m.group(5)}{m.group(6)}）"


# a speaker label whose name stands in tortoise-shell brackets (DiscussNet SSP as chiholog
# copies it: ◯議長〔石田久良議員〕 日程第1、…; a member's page: 12番〔野口 修〕) — brackets a
# record keeps for its notes (〔山田太郎君登壇〕), so only an office or a seat before them and a
# name inside
_TORTOISE_LABEL = re.compile(rf"(?m)^([ \u3000]{{0,4}}(?:[{MARKERS}][ \u3000]?)?)([^\s（()）〔〕［］、。{MARKERS}]{{1,12}})"
                             r"〔([^\s〔〕（()）、。]{1,8}(?:[ \u3000][^\s〔〕（()）、。]{1,6})?)〕(?=[ \u3000]|$)")


def _tortoise(m: re.Match[str]) -> str:
    """The label of ``m`` (see ``_TORTOISE_LABEL``) in round brackets, where it is one — a name
    called (…議員, …君) or written apart (野口 修), not a note (〔欠席〕, 〔副議長〕, 〔代読〕) — (one
    character each: the offsets hold)."""
    office, inner = layout.compact(m.group(2)), layout.compact(m.group(3))
    name = layout.strip_honorific(inner)[0]
    if not (layout.is_role(office) or layout.is_member_number(office)) or layout.is_stage_direction(inner) \
            or not (inner.endswith(("君", "議員", "さん", "氏")) or re.search(r"\S[ \u3000]\S", m.group(3))) \
            or not re.fullmatch(r"[\u4e00-\u9fff々ヶ\u30a0-\u30ff]{1,6}(?:[\u4e00-\u9fff々ヶ\u30a0-\u30ff]{1,6}"
                                r"|[ \u3000][\u4e00-\u9fff々ヶ\u30a0-\u30ffぁ-ん]{1,6})?", name) \
            or not (layout._is_full_name(name) or layout.is_name(name)):
        return m.group()
    return f"{m.group(1)}{m.group(2)}（{m.group(3)}）"


# what a minutes search system's list of speakers writes after a label instead of speech:
# the page the speech starts on (VOICES: 委員長(中村)　(P.1); ＰＤＦ 3頁) or the hits in it
# (DiscussNet's 発言者一覧: ◯５番（山田花子君）　3)
_PAGE_REFERENCE = re.compile(r"[ \t\u3000\xa0]*(?:[(（]?[ \t\u3000]*(?:[PpＰｐ][.．][ \t\u3000]*[0-9０-９]{1,4}"
                             r"|[0-9０-９]{1,4}[ \t\u3000]*(?:頁|ページ))[ \t\u3000]*[)）]?)[ \t\u3000\xa0]*")
_HIT_COUNT = re.compile(r"[ \t\u3000\xa0]*[0-9０-９]{1,3}[ \t\u3000\xa0]*")
# a search system's row number and page before the label (kensakusystem's r_Speakers:
# No.1　　P.2　議長（川村一雄議員）)
_ROW_CELLS = re.compile(r"(?:No|NO|Ｎｏ|ＮＯ)[.．][ \t\u3000]*[0-9０-９]{1,4}(?:[ \t\u3000\xa0]+[PpＰｐ][.．][ \t\u3000]*[0-9０-９]{1,4})?"
                        r"|[PpＰｐ][.．][ \t\u3000]*[0-9０-９]{1,4}")


def _head_roster_turn(t: Turn, text: str, spoken_marks: set[str]) -> bool:
    """Is turn ``t`` a row of a head's roster read as a label: nothing said (no sentence's
    end), under a marker the file gives its head's fields (●日時, ○開会日, ●出席委員) and no
    speaker who says anything (●執行部 斉藤 猛 区長 山本敏彦 …, ●事務局 書記 野村一貴 among
    ○藤澤進一 委員長 …; ○議長・副議長 / 山崎 芳夫議長 over labels with no marker)?"""
    if _says_something(t.text):
        return False
    role = layout.compact(t.role or "")
    if not re.search("[（(]", t.speaker) and len(role) > 10 and len(re.findall("(?:長|員|監|者|役|局)(?=.)", role)) >= 2:
        return True       # offices with names between them read as one (事務局大和田正治事務局長小林明信事務局次長)
    if not t.marker or t.marker in spoken_marks:
        return False
    return re.search(f"{re.escape(t.marker)}[ \u3000]?(?:{_HEAD_FIELDS})", text) is not None


def _says_something(text: str) -> bool:
    """Does a turn's ``text`` say something: a sentence's end, or the polite style where an
    old record has no full stops (ただいまから委員会を開会します)?"""
    return bool(_ENDS.search(text) or _POLITE.search(text))


# the fields of a record's head, after its marker (●日時, ○開会日, ●出席委員(20人), ○議題)
_HEAD_FIELDS = "日時|開会|閉会|散会|場所|出席|欠席|案件|議題|付議|会議に付|説明のため|事務局職員|委員外|傍聴|署名"


def _index_row(t: Turn) -> bool:
    """Is turn ``t`` a row of a search system's list of speakers, not a speech: a label
    with only a page reference or a hit count after it, or one set after a row number
    (the speech preview such a list may show, cut where it is, is no speech either)."""
    text = t.text.strip(SPACES + "\xa0")
    return (not text or bool(_PAGE_REFERENCE.fullmatch(text) or _HIT_COUNT.fullmatch(text))
            or re.fullmatch(r"選択[ \u3000]*[0-9０-９]{1,4}[ \u3000]*[:：]", text) is not None   # (DiscussNet's box to tick)
            # (…read as the name after an office with no brackets: ◯廣瀬委員長 選択 3 :)
            or (t.name == "選択" and re.fullmatch(r"[0-9０-９]{1,4}[ \u3000]*[:：]", text) is not None)
            # (…or several, their labels glued to the next box: 選択 10 : ◯議長月岡修一議員選択 11 : …)
            or re.fullmatch(rf"(?:選択[ \u3000]*[0-9０-９]{{1,4}}[ \u3000]*[:：][ \u3000]*(?:[{MARKERS}]?[^選。、]{{1,30}}?)?)+",
                            text) is not None
            or bool(_ROW_CELLS.match((t.role or "").strip(SPACES + "\xa0"))))


# a topic in corner brackets alone on its line (「高齢者対策の取り組み」): no sentence inside
_QUOTED_TOPIC = re.compile(r"[「『][^「」『』。？！?!]{2,40}[」』]")


# a speaker named in a label anywhere in a line: 議長（迫川高行君）
# a label alone on its line, maybe numbered (12: ◯議長（藤井　守）): a list's entry
_LABEL_ALONE = re.compile(rf"[ \t\u3000]*(?:[0-9０-９]{{1,4}}[:：.．]?[ \t\u3000]*)?[{MARKERS}]?[ \t\u3000]*"
                          r"([^\s（()）]{1,12}[（(][^（()）]{2,14}[）)])[ \t\u3000]*")
_NAMED = re.compile(r"[^\s（()）]{1,12}[（(][^（()）\s][^（()）]{1,10}(?:君|議員|委員|さん)[）)]")


def _quoted_whole(text: str) -> bool:
    """Is ``text`` one 「…」 whose opening bracket closes at its end?"""
    if len(text) < 3 or text[0] != "「" or text[-1] != "」":
        return False
    depth = 0
    for k, ch in enumerate(text):
        depth += ch == "「"
        depth -= ch == "」"
        if depth == 0 and k < len(text) - 1:
            return False
    return True


def _unquoted_turn(turn: Turn) -> Turn:
    """``turn`` without the 「」 around its whole speech."""
    n = len(turn.text) - 1
    return replace(turn, text=turn.text[1:n], source=turn.source[1:n],
                   sounds=tuple(replace(x, at=min(n - 1, max(0, x.at - 1))) for x in turn.sounds),
                   paragraphs=tuple(sorted({max(0, p - 1) for p in turn.paragraphs if p - 1 < n - 1} | {0})))


def _restated(turn: Turn) -> Turn:
    """A turn labelled by a name alone whose speech opens with the speaker's own label
    (a viewer of the Diet's record heads each speech with the full name, and the speech
    keeps its label without ○: 石田博英 / 石田委員長　それでは…): that label gives the
    role, and is no speech. Only a surname of the name before an office, then a space."""
    if turn.role is not None or not turn.name:
        return turn
    name = layout.compact(turn.name)
    for k in range(len(name), 0, -1):
        if not turn.text.startswith(name[:k]):
            continue
        m = _OWN_LABEL.match(turn.text, k)
        if m is None or not layout.is_role(m.group(1)) or layout.is_member_number(m.group(1)):
            continue
        return replace(_without_head(turn, m.end()), role=layout.compact(m.group(1)))
    return turn


def _without_head(turn: Turn, cut: int) -> Turn:
    """``turn`` without its text's first ``cut`` characters (a label the speech opened with)."""
    return replace(turn, text=turn.text[cut:], source=turn.source[cut:],
                   sounds=tuple(replace(x, at=max(0, x.at - cut)) for x in turn.sounds),
                   paragraphs=tuple(sorted({max(0, p - cut) for p in turn.paragraphs})))


# the rest of a speaker's own label opening the speech: an office, then a space
_OWN_LABEL = re.compile(f"([^{SPACES}。、]{{1,24}}?)[{SPACES}]+(?=\\S)")


# a number in a page's left margin: Word's line numbering (every 5th line) as a PDF's
# text or pdftotext -layout writes it, the text column after it
_GUTTER_NUMBER = re.compile(r" *([0-9]{1,4}) +(?=[^ ])")


def _ungutted(text: str) -> str:
    """``text`` without a margin every line leaves blank or numbers: line numbers printed
    every few lines (``  5  ○５番（…``, ``     ○議長…`` between them, Word's "count by 5") made
    blank, then the half-width spaces all lines with text start with taken off. Lines
    numbered one by one are read where they stand (:func:`_numbered_lines`)."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if not filled:
        return text
    found = [(k, m) for k, line in enumerate(lines) if (m := _GUTTER_NUMBER.match(line))]
    if len(found) >= 2:
        column = Counter(m.end() for _, m in found).most_common(1)[0][0]
        at = [(k, int(m.group(1))) for k, m in found if m.end() == column]
        numbers = [n for _, n in at]
        step = Counter(b - a for a, b in zip(numbers, numbers[1:]) if b > a).most_common(1)
        step = step[0][0] if step else 0
        # each number a step on (or the count started again on a new page), and, where only
        # two or three are printed, as many lines on as the number moved
        steady = sum(1 for (j, a), (k, b) in zip(at, at[1:])
                     if (b == a + step and (len(at) > 3 or k - j == step)) or b == step)
        blank = sum(1 for line in filled if line[:column] == " " * column and line[column:column + 1] != " ")
        if 2 <= step <= 20 and len(numbers) >= 0.8 * len(found) and all(n % step == 0 for n in numbers) \
                and steady >= 0.8 * (len(numbers) - 1) and blank + len(numbers) >= 0.9 * len(filled):
            for k, m in found:
                if m.end() == column:
                    lines[k] = " " * column + lines[k][column:]
            filled = [line for line in lines if line.strip()]
    margin = min(len(line) - len(line.lstrip(" ")) for line in filled)
    if margin:
        lines = [line[margin:] if line[:margin] == " " * margin else line for line in lines]
    return "\n".join(lines)


def _without_speaker_box(text: str) -> str:
    """``text`` with a search system's list of the speakers flowed into the record's line
    made spaces (DiscussNet on chiholog: ``発言者一覧 選択 1 : ◯松岡一誠議長 選択 2 : ◯菅
    良二市長 … 発言者の先頭へ``): each entry was a turn whose speech was ``選択 2 :``."""
    for m in re.finditer("発言者一覧|すべて解除", text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        entries = list(_BOX_ENTRY.finditer(text, m.end(), end))
        if len(entries) < 2 or text[m.end():entries[0].start()].strip(SPACES):
            continue
        # (…its entries one after another up to the link back to the list's head)
        close = _BOX_CLOSE.search(text, entries[0].end(), end)
        if close is None:
            continue
        listed = [e for e in entries if e.end() <= close.start()]
        if len(listed) >= 2 and all(b.start() - a.end() <= 60 for a, b in zip(listed, listed[1:])) \
                and close.start() - listed[-1].end() <= 60:
            # (its last character a line's break: the record after it opens a line of its own)
            text = text[:m.start()] + " " * (close.end() - m.start() - 1) + "\n" + text[close.end():]
    return text


# an entry of the list (選択 2 : ◯菅 良二市長, or numbered: 2 ◯遠藤浩一委員長) and the link after
# the last (発言者の先頭へ, ↑ リストの先頭へ)
_BOX_ENTRY = re.compile(rf"選択[ \u3000]*[0-9０-９]{{1,4}}[ \u3000]*[:：]|(?<=[ \u3000])[0-9０-９]{{1,4}}[ \u3000]+(?=[{MARKERS}])")
_BOX_CLOSE = re.compile(r"発言者の先頭へ|[↑▲]?[ \u3000]*リストの先頭へ")


def _rejoined_labels(text: str) -> str:
    """``text`` with a label in lenticular brackets broken over lines where a copy linked its
    words (前橋市議会 on chiholog: ``【議長(`` / ``宮田和夫議員)】 これより…``, ``4 【`` /
    ``事務局長(`` / ``石田隆男)】 ご報告…``) joined, each break a space (the offsets stay)."""
    if "【" not in text:
        return text
    out = list(text)
    lines = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    for k, line in enumerate(lines):
        head = line.strip(SPACES)
        if not (len(head) <= 30 and head.count("【") > head.count("】") and _OPEN_LABEL.fullmatch(head)):
            continue
        for j in (k + 1, k + 2):
            if j >= len(lines):
                break
            nxt = lines[j].strip(SPACES)
            if "】" in nxt[:30]:
                if not re.search(r"[（(][^）)]*$", "".join(x.strip(SPACES) for x in lines[k:j])) \
                        and not re.match(r"[^】]{0,20}[）)]】", nxt):
                    break
                for i in range(k, j):
                    out[starts[i + 1] - 1] = " "
                break
            if len(nxt) > 20 or "【" in nxt or _ENDS.search(nxt):
                break
    return "".join(out)


# a line that opens a label in lenticular brackets and breaks inside it: 【議長(, 4 【, 【事務局長(
_OPEN_LABEL = re.compile(r"(?:[0-9０-９]{1,4}[ \u3000]*)?【[^【】。、]{0,20}")


# a line's list number (a page's numbered list) before what follows it
_LIST_NUMBER = re.compile(r"(?m)^([ \t\u3000]*)([0-9０-９]{1,3}[.．])[ \t\u3000]*(?=\S)")


def _listed_label(text: str) -> str:
    """``text`` with a numbered list item's number made the marker where what follows it is
    a label the file writes elsewhere with its marker, with speech after it (a search
    site's copy, 福岡市: ``  1. 議長(光安 力) 会議に先立ちまして、… ◯議長(光安 力) 黙祷を
    終わります。…``: the page set the first speech as a list item)."""
    if not any(ch in text for ch in MARKERS):
        return text
    # (only the one such line before the first marked label: several are a list — of the
    # questioners, of a search's hits with a preview of each speech —, and one after a marked
    # label is read out in its speech)
    first = re.search(rf"(?m)^[ \t\u3000]*(?:[0-9０-９]{{1,4}}[:：]?[ \t\u3000]+)?[{MARKERS}]", text)
    found = []
    for m in _LIST_NUMBER.finditer(text, 0, first.start() if first else len(text)):
        line_end = text.find("\n", m.end())
        line = text[m.end():line_end if line_end >= 0 else len(text)]
        label = layout.parse_label(line, 0, loose=False)
        if label is not None and (label.role or label.name) and re.search("[（(]", label.text):
            found.append((m, label, line))
    if len(found) != 1:
        return text
    m, label, line = found[0]
    said = line[label.speech_at:label.speech_at + 400]
    head = re.escape(label.text)
    if not _SPOKEN_END.search(said) or not re.search(f"[{MARKERS}][ \u3000]?{head}", text) \
            or layout.compact(said[:30]) in layout.compact(text[m.end() + len(line):]):
        return text       # (…nor a preview of a speech the record gives again under its label)
    a, b = m.start(2), m.end(2)
    return text[:a] + "◯" + " " * (b - a - 1) + text[b:]


def _unflatten(text: str) -> str:
    """:func:`_flowing_cut`, and then a marked heading left inside a line with a label after
    it (:data:`_HEADING_MIDLINE_THEN_LABEL`) a line of its own."""
    text = _flowing_cut(text)
    if not _HEADING_MIDLINE_THEN_LABEL.search(text):
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        cut = _HEADING_MIDLINE_THEN_LABEL.sub(_heading_midline, line)
        if cut != line:
            # (the speech after the label flows on: cut at its paragraphs, as the flow is)
            head, _, said = cut.rpartition("\n")
            lines[k] = head + "\n" + re.sub(r"(?<=[。？！?!])[ \u3000](?=[ \u3000]*\S)", "\n", said)
    return "\n".join(lines)


def _flowing_cut(text: str) -> str:
    """``text`` with each line that holds a whole sitting (an aggregator's page shows the
    minutes as one flowing block: ``1 ◎開会の宣告 ◯議長(前田清治君) 議場の皆さん… ──── 2
    ◯議長(…``) broken before each speaker label, heading and rule in it and after each
    sentence followed by a space (a paragraph), a space made a line break (the offsets
    stay). A line is such only if it is long and three or more
    labels stand in it after a space — or, where labels follow the text with no space
    (``…開議○議長（山田太郎君）　ただいまから…。○１８番（…``) or have no marker (a PDF's
    text: ``… ７番鈴木恵子君。 ７番（鈴木恵子君）　質問があります。…``), three or more
    labels each followed by a sentence: then a line break goes in before each of those
    labels and before each paragraph's indent."""
    # an agenda heading run onto a sentence (…会議を開きます。 △ 日程第１ 会議録署名議員の指名,
    # 天城町): a line of its own, the space before its marker the break
    text = _MARKED_AGENDA_MIDLINE.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\n", text)
    # the sitting's title with the first speaker line run onto it (a PDF's text: 令和６年第１回
    # 国富町議会定例会（第２日） ○議長（森下 正治君） ただいまから…)
    text = _TITLE_THEN_LABEL.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\n", text)
    # a marked heading with the speaker line after it run onto its line (a table-laid page
    # read flat: ◎開会及び開議の宣言 〇議長(望月清義君) ただいまの…): a line of its own — the
    # heading was taken into the speaker's office
    text = _HEADING_THEN_LABEL.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\n"
                                   if len(layout.compact(m.group(1))) >= 3 and (
                                       layout.heading_words(h := m.group(1).strip(" \u3000")[1:].strip(" \u3000"))
                                       or layout.is_event(h)) else m.group(), text)
    lines = text.split("\n")
    # a label run onto the sentence before it, after a space, just as the file's lines open
    # with it (…休憩いたします。 ○親川敬委員長 再開いたします。: the recess left out, 沖縄県議会)
    opening = {lab.text for line in lines[:5000] if (m := layout.split_marker(line))[0]
               and (lab := layout.parse_label(line, m[1], loose=True)) is not None and (lab.role or lab.name)} \
        if _LABEL_AFTER_SENTENCE.search(text) else set()
    cut_after_sentence = False
    if opening:
        for k, line in enumerate(lines):
            for m in reversed(list(_LABEL_AFTER_SENTENCE.finditer(line))):
                lab = layout.parse_label(line, m.end(), loose=True)
                said = line[lab.speech_at:] if lab is not None else ""
                nxt = _LABEL_AFTER_SENTENCE.search(said)
                said = said[:nxt.start()] if nxt else said
                if lab is not None and lab.text in opening and _ENDS.search(said) \
                        and re.search("[\u3041-\u3096]{2}", said) and not layout._PARTICLE_START.match(said.lstrip(SPACES)):
                    # (what follows is said: not a list read out, ○市長 田中次郎。 ○議長 山田太郎。)
                    line = line[:m.end() - 2] + "\n" + line[m.end() - 1:]   # the space before the marker: the break
                    cut_after_sentence = True
            lines[k] = line
    # a shorter line: a marked label in brackets after a sentence's end in it, twice or more
    # in the file (a viewer's copy of a PDF: ○議長（…君）　…開きます。○１番（…君）　質問…)
    short = [k for k, line in enumerate(lines) if len(line) < 150 and _MARKED_MIDLINE.search(line)]
    if len(short) == 1:
        # …or once, its name called as a label calls it (○総務課長（平野智君）) and a space
        # after it (○１番（田所花江君）と書かれた札 is said), in a file whose lines open with
        # such labels: two speaker lines joined in a copy
        called = any(m.group(0).endswith(_CALLED_CLOSE) and lines[short[0]][m.end():m.end() + 1] in (" ", "\u3000", "\t")
                     for m in _MARKED_MIDLINE.finditer(lines[short[0]]))
        named = called and sum(1 for line in lines[:2000] if (m := layout.split_marker(line))[0]
                               and (label := layout.parse_label(line, m[1], loose=False)) is not None
                               and label.name) >= 2
        short = short if named else []
    for k in short:
        lines[k] = _run_together(lines[k], True, least=1)
    # a copy flowing a sitting over a few lines (an aggregator's page with a break or two
    # in it, a PDF's text run together): two or more marked labels after a space in the
    # file's lines, each with a sentence after it, say so, and every line holding one is
    # cut, however few it holds (the chair's opening at the end of the header's line was
    # dropped unsaid; a short sitting's copy with two speeches was refused)
    inline = {k: n for k, line in enumerate(lines) if len(line) >= 60 and (n := _inline_labels(line))}
    # (two are enough where each says something as speech does, …ます。: a short sitting's
    # copy — not a chair reading the order of questions out, ○５番（鈴木一郎君） 防災対策について。)
    flowing = sum(inline.values()) >= 3 or (
        sum(inline.values()) == 2 and (sum(_inline_labels(lines[k], _SPOKEN_END) for k in inline) >= 2
                                       # (…or one after a rule: the record's own break between items,
                                       # ───── ◯議長(山本文雄君) まず、…)
                                       or any(_ruled_label(lines[k]) for k in inline)))
    if all(len(line) < 150 for line in lines) and not flowing:
        return "\n".join(lines) if short or cut_after_sentence else text
    # a file whose lines open with marked labels: a label without a marker inside a line is
    # something read out (通告順は…５番（鈴木一郎君）　防災対策について。…), no turn
    marked = sum(1 for line in lines[:2000] if (m := layout.split_marker(line))[0]
                 and layout.parse_label(line, m[1], loose=True) is not None) >= 2
    for k, line in enumerate(lines):
        cut = flowing and k in inline
        if len(line) < 150 and not cut:
            continue
        # …and labels that lost their opening bracket, each after a sentence (。 前島議長)5月
        # 25日付で…: a copy flowing a record whose lines open with such labels), three or more
        half = [m for m in _HALF_CLOSED_BREAK.finditer(line) if layout.half_closed_label(line[m.end():]) is not None]
        if half and len(half) + (layout.half_closed_label(line) is not None) >= 3:
            cut = True
        if len(line) < 300 and not cut:
            lines[k] = _run_together(line, marked)
            if lines[k] != line:
                _flow_goes_on(lines, k)
            continue
        if cut:
            line = _unglued(line)
        labels, cuts, dropped = 0, [], set()
        for m in _INLINE_BREAK.finditer(line):
            at = m.end()
            if line[at] in MARKERS:
                if _marked_label(line, at) is not None:
                    labels += 1
                elif not layout.heading_words((line[at + 1:at + 1 + layout.LABEL_MAX].split() or [""])[0]):
                    continue
            elif line[at] == "【":
                if _marked_label(line, at) is None:
                    continue
                labels += 1
                dropped.update(range(m.start() + 1, at))   # (its number too: 3 【事務局長…】 opens no line)
            cuts.append(m.start())
        if half and cut:
            # (a call run into the next label stays on its line: 副議長…君) 総務課長 / 総務課長橋本 晋君) …)
            calls = {m.start(): c for m in half if (c := _called_before(line, m.end())) is not None}
            cuts += [m.start() for m in half if m.start() not in calls]
        if labels >= 3 or cut:
            cuts += [m.start() for m in re.finditer(r"(?<=[。？！?!])[ \u3000]+(?=\S)", line)]  # paragraphs
            # a rule run into the heading after it (~~~~~~●議員出欠状況): its last stroke the break
            cuts += [m.end() - 1 for m in re.finditer(rf"[─━―~〜～]{{4,}}(?=[{MARKERS}])", line)]
            # a separator between sections (☆ ☆) and a title spread letter by letter after
            # a sentence (。 議 長 の 報 告 本日、…): lines of their own
            cuts += [k for m in _INLINE_SPREAD.finditer(line) for k in (m.start(), m.start(2))
                     if m.group(1) or layout.is_letter_spaced(line[m.start():m.start(2)])]
            chars = list(line)
            for c in cuts:
                chars[c] = "\n"
            for c in calls.values() if half and cut else ():
                chars[c] = "\n" + chars[c]
            lines[k] = "".join(ch for i, ch in enumerate(chars) if i not in dropped or i in cuts)
            _flow_goes_on(lines, k)
        else:
            lines[k] = _run_together(line, marked)
    return "\n".join(lines)


_RULE_THEN_LABEL = re.compile(rf"[─━―~〜～]{{6,}}[ \u3000]+(?:[^\s。？！?!{MARKERS}][^。？！?!{MARKERS}]{{0,40}}?[ \u3000]+)?"
                              rf"(?:[0-9０-９]{{1,4}}[ \u3000]+)?(?=[{MARKERS}])")


def _ruled_label(line: str) -> bool:
    """Does a marked label stand in ``line`` right after one of the record's rules (and the
    next item's heading): ───── ◯議長(山本文雄君) まず、…, ~~~~~~ 第62号議案 2 ◯澁谷政義委員長 …?"""
    return any((label := _marked_label(line, m.end())) is not None and (label.role or label.name)
               for m in _RULE_THEN_LABEL.finditer(line))


_GLUED_MARKER = re.compile(rf"(?<=[^\s{MARKERS}])[{MARKERS}](?=[^\s{MARKERS}])")


def _unglued(line: str) -> str:
    """A flowing copy's ``line`` with a space put before each speaker label run onto the
    text before it (…報告を求めます。奈木野委員長◯議会運営委員長奈木野 康徳君) 皆さん、…: an
    aggregator's copy lost the space, and here the bracket) — only a label that closes as a
    called name does (…君), …議員)) with a space and speech after it."""
    out, pos = [], 0
    for m in _GLUED_MARKER.finditer(line):
        before = line[max(pos, m.start() - 200):m.start()]
        if not re.search(r"[\u3400-\u9fff々ァ-ヶー。？！?!]$", before) or before.count("「") > before.count("」"):
            continue        # (not inside a quotation, 「◯町長(…君) 検討します」, nor after a particle,
            #                  …の発言として◯議長(…君) …: a call (…奈木野委員長) or a sentence ends there)
        label = _marked_label(line, m.start())
        if label is None or not (label.role or label.name) or not label.text.endswith(_CALLED_CLOSE) \
                or line[m.start() + 1 + len(label.text):][:1] not in SPACES \
                or layout._PARTICLE_START.match(line, layout._skip(line, label.speech_at)):
            continue
        out.append(line[pos:m.start()] + " ")
        pos = m.start()
    return "".join(out) + line[pos:] if out else line


# the rest of a row of the head's list of staff after its first entry: more offices with names
_STAFF_ROW = re.compile(r"(?:[,，、][^、,，。（()）]{1,20}[（(][^（()）]{2,12}[）)])+")
# the parts of a record's head (its lists of who attended and its agenda)
_HEAD_SECTIONS = ("出席議員", "欠席議員", "出席委員", "欠席委員", "説明のため", "職務のため", "議事日程",
                  "本日の会議に付", "会議録署名", "出席説明員", "事務局職員")
# a speech's number right against its label in lenticular brackets
_NUMBER_ON_LABEL = re.compile(r"[ \t\u3000]{0,4}[0-9０-９]{1,6}(?=【)")
# a clock at a speech's start, a space after it: the record's margin (午前 9時00分 本日は…)
_MARGIN_CLOCK = re.compile(r"(?:午前|午後)[ \u3000]?[0-9０-９]{1,2}時[0-9０-９]{2}分[ \u3000]+"
                           r"(?!(?:まで|から|より|に|を|の|で|と|は|が|ごろ|頃|過ぎ|前)(?![\u3041-\u3096]))(?=\S)")
# a summary's narration around what someone said (…開会いたします。との宣告があり、…)
_NARRATED_AFTER = re.compile(r"[。」]と(?:の|いう)?(?:宣告|発言|説明|報告|挨拶|あいさつ|答弁|趣旨)")
# …and the heading of a summary before a label (●概要 ○環境部長（…君） 所管事務について説明がありました。)
_SUMMARY_WORDS = "概要|要旨|要点|経過|結果|内容"
_SUMMARY_BEFORE = re.compile(rf"(?:{_SUMMARY_WORDS})[ \u3000:：]*$")
# a label with no marker inside a line, after a space (and its speech's number), that closes as
# a name called
_UNMARKED_INLINE = re.compile(rf"(?<=\S)(?<!{_SUMMARY_WORDS})[ \u3000]+(?:[0-9０-９]{{1,4}}[ \u3000]+)?"
                              rf"(?=[^\s（()）。、{MARKERS}][^\s（()）。、]{{0,19}}[（(][^（()）\s。、]{{2,20}}(?:君|議員|さん)[）)])")


# …or an office (spaced out or not) and a bare name in brackets, a space and the speech after it
# (議 長(近野 誠) おはようございます。: 高畠町's records on chiholog, flowed onto one line)
_UNMARKED_INLINE_OFFICE = re.compile(
    rf"(?<=\S)(?<!{_SUMMARY_WORDS})[ \u3000]+(?=[^\s（()）。、{MARKERS}0-9０-９](?:[ \u3000]?[^\s（()）。、]){{0,19}}"
    rf"[（(][^（()）\s。、]{{1,6}}(?:[ \u3000]?[^（()）\s。、]{{1,6}})?[）)][ \u3000]+\S)")


def _unmarked_inline(line: str) -> list[tuple[int, int, int]]:
    """(where the break before it starts, where the label starts, where its speech starts) of
    each label with no marker inside ``line`` that closes as a name called (…君)) after a space
    — or, where the line holds two or more of them, an office and a bare name in brackets."""
    def found(pattern: re.Pattern, called: bool) -> list[tuple[int, int, int]]:
        return [(m.start(), m.end(), label.speech_at) for m in pattern.finditer(line)
                if (label := layout.parse_label(line[:m.end() + _LABEL_CONTEXT], m.end(), loose=True)) is not None
                and (label.text.endswith(_CALLED_CLOSE) and (label.role or label.name) if called else
                     label.role and label.name and layout.is_role(label.role) and not label.role[-1:].isdigit()
                     and label.text.rstrip(SPACES)[-1:] in "）)")
                and not layout._PARTICLE_START.match(line, layout._skip(line, label.speech_at))]

    called = found(_UNMARKED_INLINE, True)
    if called:
        return called
    plain = found(_UNMARKED_INLINE_OFFICE, False)
    return plain if len(plain) >= 2 else []


def _cut_at_lone_labels(text: str) -> str | None:
    """``text`` with a line break before each marked label inside a long line that a
    sentence in the spoken style follows (…ます。), and after each sentence after it, and a
    marker before a label that lost its opening bracket at a line's start with such a sentence
    after it — None where there is none."""
    lines, changed = text.split("\n"), False
    for k, line in enumerate(lines):
        if line[:1] not in SPACES and (half := layout.half_closed_label(line)) is not None \
                and (half.role or half.name) and _SPOKEN_END.search(line[half.speech_at:]):
            # (a label that lost its opening bracket, the page's only one: 勝村委員長)ただ今から,…)
            lines[k], changed = "○" + line, True
            continue
        if len(line) < 150:
            continue
        found = [(m.start(), label.speech_at) for m in _INLINE_BREAK.finditer(line)
                 if line[m.end()] in MARKERS and (label := _marked_label(line, m.end())) is not None
                 and (label.role or label.name) and not any(ch in MARKERS for ch in label.text)
                 and not layout._PARTICLE_START.match(line, layout._skip(line, label.speech_at))
                 and not re.search("[\u3041-\u3096]$", line[:m.start()])   # (not 委員長から ○…: a summary's,
                 and not _SUMMARY_BEFORE.search(line[:m.start()])]            #  nor under ●概要)
        if not found:
            # …or labels with no marker, each closing as a name called (議長(本多秀樹君)  おはよう…
            # 2 4番(生田忠照君)(登壇)  皆様…: 島原市 on chiholog), after a space — the speech's number
            # before one going with the break
            found = _unmarked_inline(line)
            if found:
                # (the number dropped: 2 4番(…) opens no line as a seat 2 4番)
                line = "".join(ch for i, ch in enumerate(line) if not any(a < i < end for a, end, _ in found))
                found = _unmarked_inline(line)
            found = [(a, at) for a, _, at in found]
        ends = [a for a, _ in found[1:]] + [len(line)]
        cuts = [a for (a, at), e in zip(found, ends) if _SPOKEN_END.search(line[at:e])
                and not _NARRATED_AFTER.search(line[at:e])]
        if not cuts:
            continue
        cuts += [m.start() for m in re.finditer(r"(?<=[。？！?!])[ \u3000]+(?=\S)", line) if m.start() > cuts[0]]
        chars = list(line)
        for c in cuts:
            chars[c] = "\n"
        lines[k], changed = "".join(chars), True
        _flow_goes_on(lines, k)
    return "\n".join(lines) if changed else None


def _flow_goes_on(lines: list[str], k: int) -> None:
    """The lines after line ``k`` of a flowing copy (just cut) that go on with the sitting,
    set in by the page's indent (　    これより、…を再開いたします。  ただいまの…。      休憩 午前
    9時31分): the same flow, its indent dropped and cut at its paragraphs and at the gaps
    before its notes — not a list set in under the speech."""
    last = lines[k].rsplit("\n", 1)[-1]
    marker, at = layout.split_marker(last)
    bare = bool(marker) and (found := _marked_label(last, len(last) - len(last.lstrip(SPACES)))) is not None \
        and bool(found.role or found.name) and not last[found.speech_at:].strip(SPACES)
    for j in range(k + 1, len(lines)):
        nxt = lines[j]
        if len(nxt) - len(nxt.lstrip(" \u3000")) > 8 or layout.split_marker(nxt)[0] or (
                (len(nxt) < 24 or len(_ENDS.findall(nxt)) < 2)
                # (…or the speech of the flow's last label, alone at its end: … ◯13番 米田貴志議員 /
                # 　　　ただいま上程されました…を申し上げます。)
                and not (bare and j == k + 1 and _ENDS.search(nxt))
                # (…or one sentence of speech right after the flow, the page's last paragraph:
                # …全て可決することと決しました。 / 　　　それでは、審査の経過について申し上げます。)
                and not (j == k + 1 and _lone_sentence_said(nxt))):
            break
        lines[j] = re.sub(r"(?<=[。？！?!])[ \u3000]+(?=\S)|[ \u3000]{4,}(?=\S)", "\n", nxt.lstrip(" \u3000"))


# how much of a line after a label its reading looks at (the speech's first sentences)
_LABEL_CONTEXT = 400


def _marked_label(line: str, at: int) -> Label | None:
    """The label after the marker at ``line[at]`` — also one a copy lost the opening bracket
    of (◯委員長北川 織君) …) — with ``speech_at`` in ``line``; else None. (The label is read
    with what follows it up to ``_LABEL_CONTEXT`` characters: a whole sitting on one line
    is read in time linear in its length.)"""
    line = line[:at + 1 + _LABEL_CONTEXT]
    if line[at] == "【":        # a label in lenticular brackets: its own mark (【議長(堤孝之議員)】)
        label = layout.parse_label(line, at, loose=True)
        return label if label is not None and label.text.endswith("】") else None
    label = layout.parse_label(line, at + 1, loose=True)
    if label is None and (half := layout.half_closed_label(line[at + 1:at + 1 + layout.LABEL_MAX])) is not None:
        label = replace(half, speech_at=at + 1 + half.speech_at)
    return label


def _inline_labels(line: str, ends: re.Pattern[str] | None = None) -> int:
    """How many marked labels stand inside ``line`` after a space, each with a sentence
    after it before the next (a flowing copy's ``… ○落合清一 委員長  ただいまから…。``)."""
    found = []
    for m in _INLINE_BREAK.finditer(line):
        at = m.end()
        if line[at] not in MARKERS + "【":
            continue
        label = _marked_label(line, at)
        if label is not None and (label.role or label.name) \
                and not layout._PARTICLE_START.match(line, layout._skip(line, label.speech_at)):
            found.append((at, label.speech_at))     # (not …○○部長（佐藤君）から説明が…)
    ends_at = [a for a, _ in found[1:]] + [len(line)]
    said = ends or _ENDS
    inside = sum(1 for (a, s), e in zip(found, ends_at) if said.search(line[s:e]))
    if ends is not None:
        return inside       # (only the labels inside the line, each with what it says)
    marker, at = layout.split_marker(line)
    first = layout.parse_label(line[:at + _LABEL_CONTEXT], at, loose=True) if marker and inside else None
    # (with one inside, the line's own first label counts too: ○議長（…） … ○町長（…） …)
    return inside + (first is not None and bool(found) and said.search(line[first.speech_at:found[0][0]]) is not None)



# the record's own statements under a marker (○出席議員は、次のとおりである。, ○…臨時会は…議場に
# 招集された。): what the clerk wrote, never said
_RECORD_STATEMENT = re.compile(r"(?:は、?次のとおり(?:である|であった|です)|に招集された|[をに]招集した)。?[ \t\u3000]*$")
_TITLE_THEN_LABEL = re.compile(rf"(?m)^([^。、？！?!\n{MARKERS}]{{4,60}}?(?:定例会|臨時会|会議録|委員会|協議会|号|日)[）)]?)"
                               rf"([ \u3000]+)(?=[{MARKERS}][^\s（(。、]{{1,20}}[（(][^）)\n。、]{{2,20}}[）)][ \u3000]*[^\s（(])")
_MARKED_AGENDA_MIDLINE = re.compile(rf"([。？！?!])([ \u3000]+)(?=[{MARKERS}][ \u3000]*(?:追加)?日程第[0-9０-９一二三四五六七八九十]+)")
_LABEL_AFTER_SENTENCE = re.compile(rf"(?<=[。？！?!])[ \u3000]+[{MARKERS}]")
# a marked heading's words (…also spaced out, and with its clock: △ 開 議 午前 9時30分)
_MARKED_HEAD = (rf"[{MARKERS}][ \u3000]?[^\s{MARKERS}（()）。、？！?!「」]{{1,40}}"
                rf"(?:[ \u3000][^\s{MARKERS}（()）。、？！?!「」]{{1,12}}){{0,8}}?")
_HEADING_THEN_LABEL = re.compile(rf"(?m)^([ \u3000]*{_MARKED_HEAD})([ \u3000]+)"
                                 rf"(?=[{MARKERS}][^\s（(。、]{{1,20}}[（(][^）)\n。、]{{2,20}}[）)][ \u3000]*[^\s（(])")
_CALLED_CLOSE = ("君）", "君)", "議員）", "議員)", "さん）", "さん)")


def _bare_office_label(text: str, at: int) -> bool:
    """Does the marker at ``text[at]`` open a label with no brackets — an office alone, maybe
    spread out (◇議 長, ◇町 長) — with speech after it on the line?"""
    label = _marked_label(text, at)
    if label is None or not label.role or label.name:
        return False
    end = text.find("\n", label.speech_at)
    said = text[label.speech_at:end if end >= 0 else len(text)]
    return bool(re.search("[、。？！?!]", said)) and not layout._PARTICLE_START.match(said.lstrip(SPACES))


def _label_follows(text: str, at: int) -> bool:
    """Does a label stand at the marker ``text[at]`` — in brackets, or an office alone with
    speech after it (:func:`_bare_office_label`)?"""
    return bool(re.match(r"[^\s（(]{1,20}[（(]", text[at + 1:at + 24])) or _bare_office_label(text, at)


# …and a marked heading before a label with no brackets, an office alone (◎日程第2 会期の決定
# ◇議 長 日程第2、…), or one in the middle of a line, after a space (開会 午前10時00分 ◎開会の宣告
# ◇議 長 おはよう…): a PDF's text run together — a line of its own, the label opening the next
_HEADING_MIDLINE_THEN_LABEL = re.compile(rf"(?m)(?:(?<=\S)|^)([ \u3000]*)({_MARKED_HEAD})([ \u3000]+)(?=[{MARKERS}])")


def _heading_midline(m: re.Match[str]) -> str:
    head = m.group(2)[1:].strip(" \u3000")
    if len(layout.compact(head)) < 2 or not (layout.heading_words(head) or layout.is_event(layout.compact(head))) \
            or not _label_follows(m.string, m.end()) \
            or (m.start() > 0 and not m.group(1)):
        return m.group()
    before = m.group(1)[:-1] + "\n" if m.start() > 0 else m.group(1)
    return before + m.group(2) + m.group(3)[:-1] + "\n"


_MARKED_MIDLINE = re.compile(rf"[。？！?!][ \u3000]*[{MARKERS}][^\s（(。、{MARKERS}]{{1,20}}[（(][^）)\s。、]{{2,20}}[）)]")


def _run_together(line: str, marked: bool = False, least: int = 3) -> str:
    """``line`` broken before labels run into the text before them or written without a
    marker (see :func:`_unflatten`); as it was where fewer than ``least`` such labels, each
    followed by a sentence, stand in it (with fewer than three, only before marked labels
    in brackets after a sentence's end, and not at paragraphs)."""
    found: list[tuple[int, int]] = []     # (where the label starts, where its speech starts)
    for at in sorted({m.start() for m in re.finditer(f"[{MARKERS}{layout.SYMBOL_MARKERS}]", line)}
                     | {m.start() for m in re.finditer(r"(?<=[\s。？！?!」）)])(?=\S)", line)}):
        if found and at < found[-1][1]:
            continue
        if line[at] in MARKERS + layout.SYMBOL_MARKERS:
            if at and line[at - 1] in MARKERS:
                continue
            label = _marked_label(line, at)
        elif marked:
            continue
        else:
            label = layout.parse_label(line, at, loose=False) if _NAMED.match(line, at) or \
                _COLON_LABEL.match(line, at) else None
            if label is None and _NAMED.match(line, at):
                # …the speech right after it, no space (山口県議会 on a streaming site: 〔賛成者起立〕
                # 議長(柳居俊学君)起立多数であります。): the name called closes it
                label = layout.parse_label(line[:at + _LABEL_CONTEXT], at, loose=True)
                if label is None or not label.text.endswith(_CALLED_CLOSE) \
                        or layout._PARTICLE_START.match(line, layout._skip(line, label.speech_at)):
                    label = None
            if label is not None and not re.search("[（(]", label.text) and not _COLON_LABEL.match(label.text):
                label = None
        if label is not None and (label.role or label.name):
            found.append((at, label.speech_at))
    said = [a for (a, s), nxt in zip(found, [*(f[0] for f in found[1:]), len(line)])
            if _ENDS.search(line[s:nxt])]
    if least < 3:
        said = [a for a in said if not a or _MARKED_MIDLINE.match(line, _sentence_end_before(line, a))]
    if len([a for a in said if a]) < least:
        return line
    out, pos = [], 0
    paragraphs = [m.start() for m in re.finditer(r"(?<=[。？！?!])[ \u3000]+(?=\S)", line)] if least >= 3 else []
    for at in sorted(set(said) | set(paragraphs)):
        if not at:
            continue
        if at in said and line[at - 1] in " \u3000":
            out.append(line[pos:at - 1] + "\n")       # a space before the label: the break
        else:
            out.append(line[pos:at] + "\n")           # none, or a paragraph's indent: kept
        pos = at
    return "".join(out) + line[pos:]


def _sentence_end_before(line: str, at: int) -> int:
    """Where the sentence's end before the label at ``at`` stands (spaces between)."""
    k = at - 1
    while k > 0 and line[k] in " \u3000":
        k -= 1
    return max(k, 0)


_INLINE_SPREAD = re.compile(rf"(?:(?<=\S)[ \u3000]+({layout.INLINE_SEPARATOR_SYMBOL})(?:[ \u3000]+\1)+"
                            r"|(?<=[。？！?!])[ \u3000]+(?:[^\s。、？！?!「」『』（）()][ \u3000]){3,14}[^\s。、？！?!「」『』（）()])"
                            r"([ \u3000]+)(?=\S)")
_INLINE_PAGE = re.compile(r"(?<![0-9０-９,，.．])[ \u3000]*[－―−‐-](?:[ \u3000]+[0-9０-９]{1,4}[ \u3000]*|[0-9０-９]{1,4}[ \u3000]+)"
                          r"[－―−‐-][ \u3000]*(?![ \u3000]*(?:[0-9０-９A-Za-zＡ-Ｚａ-ｚ]|ページ|頁))")
# (not 1,250 - 380 - 120, ０４７５ － ２３ － ２１１１, 区画Ｃ － ３ － ａ, the page cited: 議案書の － ５ － ページ)
# where a flattened sitting breaks: before a marker or a label in 【】 (its speech number first,
# if any) or a rule
_HALF_CLOSED_BREAK = re.compile(r"(?<=[。？！?!)）])[ \u3000]+(?=[^\s()（）。、]{2,16}(?:[ \u3000][^\s()（）。、]{1,6})?[)）])")


def _called_before(line: str, at: int) -> int | None:
    """Where the label at ``at`` (one that lost its opening bracket) really starts when the
    chair's call of its office runs into it: 総務課長総務課長橋本 晋君) is the call 総務課長 and
    the label 総務課長(橋本 晋君) (a flowing copy lost the line break, the marker and "(")."""
    office = next((o for n in range(12, 1, -1) if line.startswith((o := line[at:at + n]) * 2, at)
                   and re.fullmatch(f"[{layout._KANJI}]+", o) and layout.is_role(o)), None)
    if office is None or layout.half_closed_label(line[at + len(office):]) is None:
        return None
    return at + len(office)
_INLINE_BREAK = re.compile(rf"(?<=\S)[ \u3000]+(?:[0-9０-９]{{1,4}}[:：]?[ \u3000]+)?"
                           rf"(?=[{MARKERS}][ \u3000]?\S|【[^【】\s]{{2,30}}】|[─━―~〜～]{{4}})")   # (◯ 議長坂井芳浩議長): a space after it


def _wrappable(word: str) -> str:
    """``word`` as a pattern a PDF's line wrap may break anywhere (（聴取 / 不能）)."""
    return "\n?".join(map(re.escape, word))


# the marks that say so whatever reason goes with them: （マイクが入っておらず聴取不能）,
# （聴取不能のため省略）
_SURELY_UNHEARD = tuple(m for m in UNHEARD_MARKS if re.search("聴取|聞き取|聴き取|聞取", m))
_UNHEARD = re.compile("[（(〔［\\[＜〈<《≪【][ \u3000\n]*(?:"
                      + "|".join(_wrappable(m) for m in sorted(UNHEARD_MARKS, key=len, reverse=True))
                      + "|(?:[^（()）〔〕［］\\[\\]＜＞〈〉<>。\n]{0,16}?(?:おらず|ため|なり|により|で|、|，))?(?:"
                      + "|".join(_wrappable(m) for m in sorted(_SURELY_UNHEARD, key=len, reverse=True))
                      + ")(?:のため(?:省略|不明)?|につき省略)?"
                      + ")[ \u3000\n]*[）)〕］\\]＞〉>》≫】]"
                      # a transcription firm's unheard spot and its time in the recording: ●(00:05:42)
                      + "|●[（(][0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?[）)]", re.IGNORECASE)


# a ★ candidate as the filled minutes write it (★〔候補：…〕, the default --star-mark), in
# minutes an editor gave back: with its ★ still there, not yet confirmed; without it, the
# words confirmed and the brackets left
_CANDIDATE_MARK = re.compile(r"(★?)〔候補[：:]([^〔〕\n]*)〕"
                             r"|［[？?]([^［］\n]*)］")     # (as this tool's captions show a ★'s candidate)


# the chair's call of the next speaker: 総務部長。 / ５番、山田花子議員。 / 山田太郎君。
_CALL_OF_NEXT = re.compile(r"(?:[0-9０-９]{1,3}番[、，]?)?([\u3400-\u9fff\u3041-\u30ff々ヶ]{1,16}?)(?:君|議員|さん)?。")


def _called(sentence: str) -> str | None:
    """Who a chair's call names — an office (総務部長。) or a person (山田太郎君。) — or None
    when ``sentence`` is no call."""
    call = _CALL_OF_NEXT.fullmatch(sentence.strip(SPACES))
    if call is not None and (re.search(r"(?:君|議員|さん)。$", sentence) is not None
                             or (layout.is_role(call.group(1)) and not call.group(1).endswith(_CHAIRS))):
        return call.group(1)
    return None


def _answers_call(before: str, label: Label) -> bool:
    """Whether the line ``before`` a label ends with a call of its speaker (…静粛に願います。総務部長。
    over 総務部長（松井　聡君）　お答えします。): an unmarked label the chair has just called."""
    before = before.rstrip(SPACES)
    if not before.endswith("。"):
        return False
    last = re.sub(r"^.*[）)][\s　]+", "", before[:-1].rsplit("。", 1)[-1]) + "。"   # after a label on its line
    called = _called("".join(last.split()))
    role, name = _who(label)
    return called is not None and bool(role or name) and unicodedata.normalize("NFKC", called) in (role, name)


def _pasted_twice(turns: tuple[Turn, ...], text: str, least: int = 60) -> list[str]:
    """What to tell of a passage the minutes hold twice in a row word for word — three
    sentences or more, ``least`` characters at least, the second copy right after the first
    (a page or a speech pasted twice where a user put the file together; a chair's formulas,
    said again item after item, have the item between them): the copy is no speech said
    again, and will be reported as not heard."""
    words: list[tuple[str, tuple[str | None, str]]] = []   # (sentence, its speaker)
    at: list[int] = []                                       # …its first character in ``text``
    for t in turns:
        for m in re.finditer(r"[^。？！?!]*[。？！?!]", t.text):
            if m.group().strip(SPACES) and m.start() < len(t.source):
                words.append((m.group().strip(SPACES), (t.role, t.name)))
                at.append(t.source[m.start()])
    for k in range(len(words)):
        for run in range(3, min(12, (len(words) - k) // 2) + 1):
            # (the same words by the same speakers, one of them not the chair: two officials
            # greet alike, a chair's formulas come again item after item)
            # (nor a question said again after a note of the room, （「聞こえない」と呼ぶ者あり）)
            if words[k:k + run] == words[k + run:k + 2 * run] \
                    and sum(len(x) for x, _ in words[k:k + run]) >= least \
                    and any(w[0] not in _CHAIRS for _, w in words[k:k + run]) \
                    and not any(_between(t, x.at, at[k + run - 1], at[k + run]) for t in turns for x in t.sounds) \
                    and not re.search(r"(?m)^[ \t\u3000]*[（(〔［【][^）)〕］】\n]{2,}[）)〕］】][ \t\u3000]*$",
                                      text[at[k + run - 1]:at[k + run]]):
                first, again = (text.count("\n", 0, at[j]) + 1 for j in (k, k + run))
                return [f"lines {first} and {again} hold the same {run} sentences word for word, one copy after "
                        f"the other ({words[k][0][:20]}…): a part pasted twice? The copy is read as said again and "
                        "will be reported as not heard — if it was pasted twice, remove the copy from the minutes"]
    return []


def _between(turn: Turn, at: int, a: int, b: int) -> bool:
    """Does a note at ``at`` in ``turn``'s text stand in the source between ``a`` and ``b``
    (where a sentence before it starts and the next one starts)?"""
    if not turn.source:
        return False
    where = turn.source[min(at, len(turn.source) - 1)]
    return a < where <= b or (at >= len(turn.source) and a < turn.source[-1] < b)


def _name_slips(turns: tuple[Turn, ...], text: str) -> list[str]:
    """A speaker named once one character off from how the same office's speaker is named
    in two turns or more, in full names of four characters or more (議長 山田大郎 among 山田太郎): an OCR's misread or a typist's
    slip most likely — or a second person; the captions show it as written, and the user is
    told where. What to tell the user."""
    seen: dict[str, Counter] = {}
    first: dict[tuple[str, str], Turn] = {}
    for t in turns:
        if t.role and t.name:
            role, name = layout.compact(t.role), layout.compact(t.name)
            seen.setdefault(role, Counter())[name] += 1
            first.setdefault((role, name), t)
    out = []
    for role, names in seen.items():
        for rare, once in names.items():
            common = next((n for n, k in names.most_common() if k >= 2 and len(n) == len(rare) >= 4
                           and sum(a != b for a, b in zip(n, rare)) == 1), None)   # (full names:
            #                                     佐藤 and 加藤 are two members)
            if once == 1 and common is not None:
                t = first[(role, rare)]
                line = text.count("\n", 0, t.source[0]) + 1 if t.source else 0
                out.append(f"line {line}: the {role} is named {rare} here but {common} in {names[common]} other turns "
                           f"— a slip in the minutes? (captioned as written)")
    return out


def _calls_answered_in_turn(turns: tuple[Turn, ...], text: str, least: int = 60) -> list[str]:
    """A chair's turn that calls the next speaker (総務部長。) and goes on with a speech of
    ``least`` characters or more, not addressed to the one called: the called speaker's
    line is most likely missing (deleted by an editor, or a label this parser did not
    know), and the captions would give their words to the chair. What to tell the user."""
    out = []
    for t in turns:
        if not t.role or not layout.compact(t.role).endswith(_CHAIRS):
            continue
        start = 0
        for m in re.finditer("。", t.text):
            sentence, start, end = t.text[start:m.end()], m.end(), m.end()
            rest = t.text[end:]
            who = _called(sentence) if len(rest) >= least else None
            if who is None:
                continue
            if rest.startswith((who, "ただいま", "暫時", "休憩")) or re.match(r"[^。]{0,20}(?:君|議員|さん)[、，]", rest) \
                    or _called(rest.split("。", 1)[0] + "。") is not None:
                continue      # the chair goes on to the one called (総務部長、答弁は簡潔に…), or
                #               reads names one a sentence (佐藤一郎君。鈴木二郎君。…)
            line = text.count("\n", 0, t.source[end]) + 1 if end < len(t.source) else 0
            out.append(f"line {line}: the {t.role} calls 「{sentence.strip(SPACES)}」 and the speech goes on in the "
                       f"{t.role}'s turn — is the called speaker's line missing? (their words would be captioned as the {t.role}'s)")
            break
    return out


def _candidate_marks(text: str) -> tuple[str, list[str]]:
    """``text`` with the candidate marks of the filled minutes read as the editor left
    them: ``★〔候補：…〕`` as ★ (the candidate not confirmed; it would otherwise be written
    twice into the next filled minutes, and a correction typed into it would go unseen),
    ``〔候補：…〕`` with no ★ as its words (the ★ deleted to confirm it: as a stage note the
    words would have gone from the captions); and what to tell the editor."""
    unconfirmed: list[int] = []
    confirmed: list[int] = []

    def read(m: re.Match[str]) -> str:
        line = text.count("\n", 0, m.start()) + 1
        if m.group(1) or m.group(3) is not None:
            unconfirmed.append(line)
            return STAR
        confirmed.append(line)
        return m.group(2)

    out = _CANDIDATE_MARK.sub(read, text)
    notes = []
    if unconfirmed:
        notes.append(f"{len(unconfirmed)} ★ candidate marks (★〔候補：…〕, or ［？…］ as captions show them) are still "
                     f"in the minutes (the first on line "
                     f"{unconfirmed[0]}): each was read as ★, not confirmed — replace each mark with the words "
                     "said (or leave the ★ alone) and run again")
    if confirmed:
        notes.append(f"{len(confirmed)} candidate marks 〔候補：…〕 have lost their ★ (the first on line "
                     f"{confirmed[0]}): their words were read as confirmed — take the brackets out of the minutes")
    return out, notes


def _as_stars(text: str) -> tuple[str, dict[int, str]]:
    """``text`` with each bracketed mark of words not heard (（聴取不能）, 〔聴取不能〕: how some
    assemblies' minutes mark what the speed version marks ★) written as ★, so that it gets
    a candidate like a ★; and where each stands in the new text, with the mark as written."""
    marks: dict[int, str] = {}
    out: list[str] = []
    last = shift = 0
    for m in _UNHEARD.finditer(text):
        out.append(text[last:m.start()])
        marks[m.start() - shift] = m.group()
        out.append(STAR)
        shift += len(m.group()) - 1
        last = m.end()
    out.append(text[last:])
    text = "".join(out)
    declared = _declared_mark(text)
    if declared:
        # the page says how it marks what was not heard (聞き取れなかった部分は「●」で表示):
        # each such mark is a ★ — not on the notice's own line, nor a marker before a label;
        # a marker or a dot only in a run (市内の○○公園, ・・・) and not opening a line
        chars = list(text)
        pos = 0
        for line in text.split("\n"):
            if not _DECLARES.search(line) and not (declared == "・" and len(line.strip(" \u3000")) >= 4
                                                   and not line.strip(" \u3000").strip(declared)):
                # (not a line of dots alone: ・・・・・・ between two speeches is a rule)
                for k, ch in enumerate(line):
                    if ch == declared and _marks_words(line, k):
                        chars[pos + k] = STAR
                        marks[pos + k] = ch
            pos += len(line) + 1
        text = "".join(chars)
    return text, marks


def _marks_words(line: str, k: int) -> bool:
    """Does the declared mark at ``line[k]`` stand for words not heard? Not as a marker
    opening the line (before a label; ■開会: before a heading too, where the mark is a
    marker's character); a mark speech uses too (○, 〇, ・, ×) only in a run, and 〇 not
    beside a kanji numeral (二〇〇〇年, 一〇〇，〇〇〇円: the numerals' zero)."""
    mark = line[k]
    if k == len(line) - len(line.lstrip(" \u3000")) and line[k + 1:k + 2] != mark and (
            mark in MARKERS + _IN_SPEECH and mark != "●" or layout.parse_label(line, k + 1) is not None):
        return False
    if mark not in _IN_SPEECH:
        return True
    a, b = k, k + 1           # the run of marks k stands in
    while a > 0 and line[a - 1] == mark:
        a -= 1
    while b < len(line) and line[b] == mark:
        b += 1
    left = line[a - 2:a - 1] if a >= 2 and line[a - 1] in "，,．." else line[a - 1:a]
    right = line[b + 1:b + 2] if line[b:b + 1] in "，,．." else line[b:b + 1]
    return b - a >= 2 and not (mark == "〇" and re.search(_NUMERALS, (left + right).replace("〇", "零")))


# marks that speech uses too (○印, 二〇二四年, 中黒・): a declared mark of words not heard
# only as a run (「○○」, 「・・・」), and 〇 not beside a kanji numeral
_IN_SPEECH = "○〇・×"
_NUMERALS = "[一二三四五六七八九十百千万億零]"
# the characters speed versions write for words not heard (●, ＊, 〓, ？？, ○○, ■, ＿…): a
# notice is believed only for one of these (not －, △, ％, ）: a table's legend read out)
_MARK_CHARS = "●○〇◯＊*■□◆◇◎☆？?〓＿_・…＃#×※"
# a speed version's notice of how it marks words not heard: 聞き取れなかった部分は「●」で表示
# (聞き取りにくかった箇所は「・・・」, 不明な箇所は「？？」, …語句は■で表示: the mark without 「」
# only right before で表示 / で表記 / としています)
_NOT_HEARD_WORDS = ("(?:聞き取れ|聴き取れ|聞き取りにく|聴き取りにく|聞き取り不明|聞こえ|聴取でき|聴取不能|聴取不明|音声|認識でき"
                    "|判読でき|不明瞭|不明な(?:箇所|部分|語句|ところ|発言))")
_DECLARES = re.compile(rf"{_NOT_HEARD_WORDS}[^。\n]{{0,30}}「(([^」\s])\2{{0,2}})」"
                       rf"|「(([^」\s])\4{{0,2}})」[^。\n]{{0,30}}(?:{_NOT_HEARD_WORDS}|聴取|音声で認識)"
                       rf"|{_NOT_HEARD_WORDS}[^。\n「」]{{0,30}}?[ \u3000]?(([{_MARK_CHARS}])\6{{0,2}})[ \u3000]?印?"
                       r"(?:で(?:表示|表記|示)|と(?:表示|表記|し))"
                       # ＊は聴取不能の箇所を示します: the mark first, then what it stands for
                       rf"|(?:^|[。 \u3000])(([{_MARK_CHARS}])\8{{0,2}})(?:印)?(?:は|が)[^。\n]{{0,12}}?"
                       r"(?:聞き取れ|聴き取れ|聞き取りにく|聴き取りにく|聞き取り不|聴取|聞こえな|判読でき|不明な(?:箇所|部分|語句|ところ|発言)|不明瞭)")


def _declared_mark(text: str) -> str | None:
    """The one character a page declares it writes for words not heard, other than ★ and
    no letter (●, ＊, ☆), or None. The notice stands before the minutes' first speaker
    line, or on a line of its own that opens with ※ or 注 (a legend after them); a speaker's
    words (…数値が不明な箇所は「－」で表示しております) declare nothing."""
    if not _DECLARES.search(text):
        return None
    begun = False
    for line in text.split("\n"):
        split = layout.split_marker(line)
        if (split[0] and layout.parse_label(line, split[1], loose=True) is not None) \
                or layout.parse_label(line, 0, loose=False) is not None:
            begun = True
            continue
        if begun and not line.lstrip(" \u3000").startswith(("※", "注", "＊", "*")):
            continue
        m = _DECLARES.search(line)
        if m:
            mark = m.group(2) or m.group(4) or m.group(6) or m.group(8)   # the mark's character (「＊＊」: ＊)
            run = len(m.group(1) or m.group(3) or m.group(5) or m.group(7))
            if mark in _MARK_CHARS and mark != STAR and (mark not in _IN_SPEECH or run >= 2):
                # (○, 〇, ・ only declared as a run, 「○○」, 「・・・」: alone they are a
                # vote's or a list's marks)
                return mark
    return None


parse = parse_text


# a question or an answer of a record that names no speaker: 問　…, 答：…, （問）…, 【答】…,
# Ｑ．…, ●Ａ　…, 問 alone over its text — the kind alone, bracketed, followed by a space or a
# colon, or ending its line (not 問題は…,
# 答弁…, Ａ案の…)
_QA_KIND = "問|答|Ｑ|Ａ|Q|A"
_QA_LABEL = re.compile(
    rf"^[{MARKERS}]?[{SPACES}]*"
    rf"(?=[（(【［\[〔＜<〈][{SPACES}]*(?:{_QA_KIND})[0-9０-９]{{0,2}}[{SPACES}]*[）)】］\]〕＞>〉]"
    rf"|(?:{_QA_KIND})[0-9０-９]{{0,2}}(?:[{SPACES}:：．.]|$))"
    rf"[（(【［\[〔＜<〈]?[{SPACES}]*(?P<role>{_QA_KIND})[0-9０-９]{{0,2}}[{SPACES}]*"
    rf"[）)】］\]〕＞>〉]?[{SPACES}:：．.]*(?P<text>.*)")


def _questions_and_answers(text: str, least: int = 1) -> bool:
    """Whether the text's lines include questions and answers with no speaker named, at
    least ``least`` of each kind."""
    kinds = [m.group("role") for line in text.split("\n") if (m := _QA_LABEL.match(line))]
    asked = sum(k in "問ＱQ" for k in kinds)
    return least <= asked <= len(kinds) - least


# a bare name (no honorific: a chair calling a member says 君 or 議員) set apart by a space
# from the speech after it
_NAME_THEN_SPEECH = re.compile(rf"[{SPACES}]*([{layout._KANJI}]{{2,6}})[{SPACES}]+(?=[^{SPACES}])")
# who asked or answered, bracketed after it: Ｑ　…ですか。（鈴木委員）
_ASKED_BY = re.compile(r"[（(]([^（()）]{2,20})[）)]$")


def _asked_by(turn: Turn) -> Turn:
    """A question's or an answer's turn, its speaker taken from a bracketed person or
    office at its end (not said: the record's note of who it was)."""
    m = _ASKED_BY.search(turn.text)
    found = layout._unbracketed_label(m.group(1)) if m and _ends_sentence(turn.text[:m.start()]) else None
    if found is None or not (found[0] or found[1]):
        return turn
    k = m.start()
    return replace(turn, role=found[0] or turn.role, name=found[1] or "", text=turn.text[:k],
                   source=turn.source[:k], sounds=tuple(s for s in turn.sounds if s.at <= k),
                   paragraphs=tuple(p for p in turn.paragraphs if p < k) or (0,))


def _named_under_kind(turn: Turn) -> Turn:
    """A question's or an answer's turn whose kind's line names who asked or answered and
    nothing else (Ｑ１　鈴木委員 / Ａ１　学校教育課長 over the speech): its speaker taken from
    there, not said."""
    k = turn.paragraphs[1] if len(turn.paragraphs) > 1 else 0
    numbered = re.search("[0-9０-９]", turn.speaker) is not None
    found = layout._unbracketed_label(turn.text[:k]) if 0 < k <= 20 and not re.search("[。？！?!、]", turn.text[:k]) else None
    # (only under a numbered kind, Ｑ１ / Ａ１, and a question asked by a person, an answer
    # given by an office: 問　民生委員 over a question is its topic)
    asked = (turn.role or "") in ("問", "Ｑ", "Q")
    if found is None or not numbered or not (found[1] if asked else found[0]):
        return turn
    return replace(_without_head(turn, k), role=found[0] or turn.role, name=found[1] or "")


# the line put above a speech published alone (see _spoken_alone): a Unicode noncharacter,
# never in a file (private-use characters are: a system's own kanji, 外字)
_UNNAMED = "\ufdd0"


# the day a speech was given, on its own line (令和６年２月２０日)
_DATED = re.compile(rf"(?:(?:令和|平成|昭和)(?:元|{layout.NUM}{{1,2}})|[0-9０-９]{{4}})年{layout.NUM}{{1,2}}月{layout.NUM}{{1,2}}日"
                    r"(?:[（(][月火水木金土日](?:曜日?)?[）)])?")
# a page's link under a text (歴代正副議長一覧ページへ, 議長の部屋へ戻る, 詳しくはこちら)
_LINK_LINE = re.compile(r"[^。、はをが]{1,40}(?:ページへ|ページに戻る|一覧へ|一覧に戻る|トップへ|トップに戻る)")
# who to ask, under a text (担当　企画課　佐藤花子, 文責：広報委員会)
_CONTACT_LINE = re.compile(r"(?:担当|文責|連絡先|問い?合わせ先?|作成)[ \u3000:：]")


# a speech's title naming the office that gives it (9月26日 知事説明要旨, 市長施政方針, 町長行政報告)
_OFFICE_TITLE = re.compile(r"(?:[^。、]{0,20}?(?:[ \u3000]|定例会|臨時会)|^)?(知事|副知事|市長|町長|村長|区長|議長|教育長)(?:の)?"
                           r"(?:説明要旨|提案理由説明(?:要旨)?|提案説明(?:要旨)?|施政方針(?:演説)?|所信表明(?:演説)?|"
                           r"行政報告|市政報告|町政報告|村政報告|県政報告|開会あいさつ|開会挨拶|就任あいさつ|就任挨拶|あいさつ|挨拶)"
                           r"(?:[（(][^（()）]{1,20}[）)])?")


def _office_over(head: list[str]) -> Label | None:
    """The office the title right over a speech names (its nearest line with text, a date
    passed over: 9月26日 知事説明要旨), where the head names only that one office so — not a
    page of several speeches (市長あいさつ / 来賓祝辞 / …), nor a title over another's (市長施政方針 /
    代表質問 / …)."""
    if len({lab.role for line in head if (lab := _office_titled(line)) is not None}) != 1:
        return None
    # (…over it, past a date, the prefecture's name spread out and the page's narration of it)
    above = next((line for line in reversed(head) if line.strip(SPACES) and not _DATED.fullmatch(line.strip(SPACES))
                  and layout.compact(line) not in _PREFECTURES and not _NARRATED.search(line)
                  and not layout.is_furniture(line)), "")
    return _office_titled(above)


def _office_titled(line: str) -> Label | None:
    """The office a title line over a speech published alone names as its speaker (知事説明要旨:
    the governor), or None — one office, no person named."""
    line = line.strip(SPACES)
    m = _OFFICE_TITLE.fullmatch(line) if len(line) <= 40 and not re.search("[。？！]", line) else None
    if m is None:
        return None
    return Label(text=m.group(1), role=m.group(1), name="", speech_at=len(line))


def _signer(line: str) -> Label | None:
    """The label of a line that is an office and a name alone (みどり市長　山田　太郎), or None."""
    line = line.strip(SPACES)
    if not line or len(line) > 30 or re.search("[。、？！]", line) or line.endswith(("様", "殿")) \
            or not re.search(rf"\S[{SPACES}]+\S", line):
        return None       # (an addressee, 議長　鈴木一郎　様; an office alone, みどり市長)
    label = layout.parse_label(line, 0, loose=True)
    if label is None or not label.role or not label.name or line[label.speech_at:].strip(SPACES):
        return None
    return label


# a numbered item (１　視察日 …, (2) 概要, 3．…) and a line naming a member (…議員, …君)
_LISTED = re.compile(rf"[{SPACES}]*(?:[（(]{layout.NUM}{{1,2}}[）)]|{layout.NUM}{{1,2}}[．.、)）{SPACES}])")
_MEMBER_END = re.compile(r"(?:議員|君|委員|さん|氏)$")


# what a site's or a system's message says (a short text of them is no transcript)
_SITE_WORDS = ("ページ", "ブラウザ", "JavaScript", "Javascript", "Cookie", "クッキー", "メンテナンス", "お待ちください",
               "作成中", "準備中", "システム", "検索")
# a record's sentence of what was decided, in the plain style (委員長に…を選出。, …を決定。):
# a summary of a sitting, no one's transcript (…とする。 a speaker may say)
_DECIDED = re.compile(r"(?:選出|決定|可決|否決|承認|採択|了承|設置|指名|選任|互選|ものとする)。")


def _summary_of_decisions(lines: Sequence[str]) -> bool:
    """Two or more sentences of what was decided, and at least half of all sentences so."""
    decided = sum(len(_DECIDED.findall(line)) for line in lines)
    return decided >= 2 and 2 * decided >= sum(len(_ENDS.findall(line)) for line in lines)


# how a speech opens and closes (施政方針, a member's question, a greeting; a transcript)
_SPEECH_OPENS = re.compile(r"(?:皆さん|皆様|みなさん|議員各位|議長|ただいま|只今|本日|おはようございます|こんにちは|こんばんは|"
                           r"新年明けまして|明けまして|通告に従い|.{0,50}(?:開会|開催|開幕)に(?:当たり|あたり|際し)|.{0,40}お許しを"
                           # (a policy address's: …予算関係議案の御審議をお願いするに当たりまして、)
                           r"|.{0,60}(?:お願いする|御審議|ご審議|申し上げる)に(?:当たり|あたり|際し)(?:まして)?、)")
_SPEECH_CLOSES = re.compile(r"(?:申し上げます|お願い(?:申し上げ|いた|し)ます|といたします|終わります|以上です|"
                            r"以上でございます|以上であります|ありがとうございました|ありがとうございます|"
                            r"(?:申し上げる|お願いする)次第(?:であります|でございます|です))[。！]?$")
# a letter's number, addressee or kind (総第１２３号, みどり市議会議長　鈴木一郎　様, …について（通知）)
_LETTER = re.compile(r"\S{0,8}第[0-9０-９]+号|.{2,30}[ \u3000](?:様|殿)|.{2,60}[（(](?:通知|依頼|回答|照会|報告|送付)[）)]")
# a notice's contact (お問い合わせ, 電話, 〒, a web address) or a covering note's words
_NOT_A_SPEECH = re.compile(r"問い?合わせ|電話|ＴＥＬ|TEL|Tel|ファクス|ＦＡＸ|FAX|〒|https?://|メール"
                           r"|添付|ご査収|御査収|お送りします|送付(?:します|いたします)")     # (a covering note)


def _opening_paragraph(line: str) -> bool:
    """Is ``line`` a speech's opening paragraph — it opens as speeches open (…の開会に当たり、),
    ends in the spoken style, and of the words of sites' notices holds only the listeners'
    ご協力 (…ご理解とご協力をお願い申し上げます。), not a page's own (原稿, 掲載, ご覧…)?"""
    bare = line.strip(SPACES)
    return len(bare) >= 30 and _SPEECH_OPENS.match(bare) is not None and _SPOKEN_END.search(bare) is not None \
        and bare.endswith("。") and not any(w in bare for w in _PAGE_OWN_WORDS)


def _label_first(line: str) -> bool:
    """Does a line open with an office (or a member's number) set apart as a speaker's
    label is — by a colon, a dash, an arrow or a space before its words (発言：議長, ―市長―,
    ▼議長　ただいまから…), not run into a sentence (議長、議員各位 …)?"""
    core = re.sub(r"^[^\w]*(?:発言者?|発言)?[：:＞>]?[^\w]*", "", line.strip(SPACES))
    first = re.split(rf"[{SPACES}：:＞>―－—・]", core, maxsplit=1)[0]
    return bool(first) and len(first) <= 8 and (layout.is_role(first) or layout.is_member_number(first))


# a heading in brackets inside a speech published alone (【はじめに】, ［知事要望］)
_BRACKETED_HEADING = re.compile(r"【[^【】。、]{1,20}】|［[^［］。、]{1,20}］|≪[^≪≫。、]{1,20}≫|《[^《》。、]{1,20}》")


def _said(line: str) -> bool:
    """Does a line of a file with no speaker line read as said (a sentence, or words with
    their particles: 今日はいい天気ですね), not as a title, a date, a list or a signature?"""
    line = line.strip(SPACES)
    if _SPOKEN_CLOSE.search(line):
        return True             # (日程第1一般質問を行います: said, though it opens like a heading)
    if not line or _DATED.fullmatch(line) or _signer(line) or layout.heading_words(line) or _BRACKETED_HEADING.fullmatch(line):
        return False
    return layout.is_sentence(line) or bool(_SPOKEN_END.search(line)) or (
        len(re.findall("[\u3041-\u30ff\u3400-\u9fff]", line)) >= 4 and re.search("[\u3041-\u3096]{2}", line) is not None)


def _titled(title: str) -> Label | None:
    """The speaker a page's title names at its end, after the sitting (令和８年３月定例会
    （第11日） 大西由紀さん): a person's name with its honorific — None where it names nobody
    (…会議録 - みどり市議会, 市民の皆さん, 広報編集委員)."""
    parts = re.split(rf"[{SPACES}|｜/／]+|\s[-－―–—:：]\s", title.strip(SPACES))
    if len(parts) < 2:
        return None
    last = parts[-1]
    if re.search("(?:議員|君|さん|氏)$", last) and re.fullmatch(r"[\u3041-\u30ff\u3400-\u9fff々〓]{2,10}", last):
        name = layout.strip_honorific(last)[0]
        if 2 <= len(name) <= 8 and not layout.is_role(name) and not re.search("[のへ皆]|みな|たち|ども|ら$", name):
            return Label(text=last, role=None, name=name, speech_at=len(last))
    return None


# a speaker naming themself at the speech's opening (公明党の吉田忠則でございます。, 議席番号３番、
# 山田太郎です。): a party's or a seat's and a full name, and nothing else in the sentence
_INTRODUCED = re.compile(r"(?:^|[。、！!]|[^、。]{1,20}?の)[ \u3000]*([\u4e00-\u9fff々ヶ]{2,4}[ \u3000]?(?:(?!の)[\u4e00-\u9fff々ぁ-んァ-ヶー]){1,5})"
                         r"(?:でございます|です)(?:[。、！!]|$)")


def _introduced(lines: Sequence[str]) -> Label | None:
    """The speaker a speech published alone names at its opening, in its first two
    sentences (皆様おはようございます。公明党の吉田忠則でございます。), or None."""
    opening = "".join(line.strip(SPACES) for line in lines if line.strip(SPACES))
    opening = "".join(re.findall(r"[^。！!？?]*[。！!？?]?", opening)[:2])
    for m in _INTRODUCED.finditer(opening):
        name = m.group(1)
        before = re.split("[。！!？?]", opening[:m.start(1)])[-1]
        if re.search("[はが]", re.sub("^(?:私|わたくし|わたし)は", "", before)) \
                or name.endswith(("様", "氏", "殿", "先生", "君")) or re.match("、?と", opening[m.end(1):].split("す", 1)[-1]):
            continue        # (本日の講師は、東京大学の山田太郎です。, 来賓の佐藤一郎様です。: someone else
            #                 introduced; …の佐藤一郎です、とご挨拶をいただきました: quoted)
        if len(layout.compact(name)) >= 3 and layout._is_full_name(layout.compact(name)) \
                and not layout.is_role(layout.compact(name)):
            return Label(text=name, role=None, name=layout.compact(name), speech_at=0)
    return None


def _spoken_alone(text: str, walk: "_Walk", walk_turns: tuple[Turn, ...], wrapped: bool | None,
                  title: str = "") -> tuple["_Walk", tuple[Turn, ...]] | None:
    """The reading of minutes with no speaker line anywhere whose lines are said (…ます。),
    as one speech by a speaker nobody named — or None where the file is no such speech.

    The lines before the first said one stay the record's head (its title, a date, the
    speaker named in a title); a file naming speakers (a list of them, a table of contents),
    a search page's snippets, or lines not placed outnumbering the said ones is no speech
    published alone. The walk's positions and line numbers are those of ``text``."""
    if walk.hits or any(t.text for t in walk_turns):
        return None
    lines = text.split("\n")
    if any((m := _NAMED.search(line)) and "。" not in line[m.end():] for line in lines):
        return None
    front = walk.spoken_front
    if len(front) >= 2 and _NARRATED.search(front[0][1]) and _SPEECH_OPENS.match(front[1][1].strip(SPACES)):
        front = front[1:]       # the page telling what the speaker did, over a speech that opens as one
    # the first said line (0-based): the first in the spoken style (…ます。) after the head,
    # or, none so written, the first that reads as said at all (a transcript in the plain
    # style, or with no punctuation: 今日はいい天気ですね)
    k = front[0][0] - 1 if front else next((j for j, line in enumerate(lines) if _said(line)), None)
    if k is None:
        return None
    # (and the lines right above it that go on into it: 皆さん、こんにちは。 before the first
    # sentence in the spoken style, the start of a sentence a PDF wrapped)
    # (a chair's call and the applause after it, 5番、山田花子議員。(拍手), and a stage note,
    # 〔山田花子君登壇〕, go with it too: a speech whose speakers' lines were taken out)
    while k > 1 and not lines[k - 1].strip(SPACES) and _opening_paragraph(lines[k - 2]):
        k -= 1      # (over a blank line, up to the speech's opening paragraph: …の開会に当たり、…。)
    while k > 0 and lines[k - 1].strip(SPACES) and not layout.heading_words(lines[k - 1].strip(SPACES)) \
            and not _DATED.fullmatch(lines[k - 1].strip(SPACES)) and not _signer(lines[k - 1]) \
            and not layout.is_furniture(lines[k - 1]) and not layout.is_sitting_title(lines[k - 1]) \
            and (not any(w in lines[k - 1] for w in _NOTICE_WORDS) or _opening_paragraph(lines[k - 1])) \
            and not (_NARRATED.search(lines[k - 1]) and _SPEECH_OPENS.match(lines[k].strip(SPACES))) \
            and (re.search("[。？！?!]$", (bare := _strip_notes(lines[k - 1]).rstrip(SPACES)))
                 or not bare.strip(SPACES) or (len(bare.strip(SPACES)) >= 20 and re.search("[\u3041-\u3096]", bare))):
        k -= 1
    body = [line.strip(SPACES) for line in lines[k:] if line.strip(SPACES)]
    if sum(1 for line in body if _label_first(line)) >= 2:
        return None             # speakers named at lines' starts in a way not known (発言：議長,
                                # ―市長―, ▼議長　…): minutes, their labels to be described
    # (up to the page's footer, お問い合わせ…: a speech saved from a page has one under it)
    foot = next((j for j in range(k + 1, len(lines)) if _is_footer(lines[j])), len(lines))
    if any(_NOT_A_SPEECH.search(line) or _LETTER.fullmatch(line.strip(SPACES)) for line in lines[:foot]):
        return None             # a notice, a press release: who to ask, a telephone number; a
                                # letter: its number, its addressee, （通知）
    if any(re.search("通告(?:一覧|書)", layout.compact(line)) for line in lines[:k + 3]):
        return None             # a list of the questions members gave notice of (一般質問通告一覧表,
                                # often spread out: 問 通 告 一 覧 表): their topics, no speech
    if sum(len(line) for line in body if _said(line)) < (0.6 if front else 0.9) * sum(map(len, body)):
        return None             # most of it no sentence: a list, a table, a record's head
    if not front and (any(_LISTED.match(line) for line in lines)
                      or sum(1 for line in lines[:k] if line.strip(SPACES)) > 2):
        return None             # numbered items written, not said (a report: １　視察日 …), or
                                # a head of more than a title: no transcript in the plain style
    if any(_QA_LABEL.match(line) for line in body):
        return None             # questions (問　…) and no answer: a list of questions
    if any(_MEMBER_END.search(line.strip(SPACES)) for line in lines[:k] if not re.search("[。？！]", line)):
        return None             # a line naming a member above the speech (通告1　阿部隆之議員):
                                # a speaker line not known
    front = [(k + 1, lines[k])]
    # after the last sentence, the date it was given and its speaker signing it (令和６年２月
    # ２０日 / みどり市長　山田　太郎): not said — and the signer, or a title's line that
    # names one (市長　山田太郎 under 施政方針), is its speaker
    end = len(lines)
    while end > k + 1 and (not lines[end - 1].strip(SPACES) or _DATED.fullmatch(lines[end - 1].strip(SPACES))
                           or _signer(lines[end - 1]) or _CONTACT_LINE.match(lines[end - 1].strip(SPACES))
                           or _LINK_LINE.fullmatch(lines[end - 1].strip(SPACES))):
        end -= 1
    signer = next((lab for line in [*lines[end:], *lines[:k]] if (lab := _signer(line))), None) \
        or _titled(title) or _office_over(lines[:k]) or _introduced(lines[k:end])
    # (each line without the time a transcriber puts before it: [00:00:04.200 --> …]   …)
    said_lines = [re.sub(r"^[\[［(（]?[0-9０-９:：.,，\s>\-－]{5,}[\]］)）]?[ \t\u3000]*", "", line.strip(SPACES))
                  for line in lines[k:end] if line.strip(SPACES)]
    # a speech, not any text in the polite style (a notice, a newsletter, a page of questions):
    # signed by an office and a name, or opening or closing as speeches do — or a transcript
    # of a few lines and nothing else
    # (a transcript: no head at all, a few lines, or sentences line after line — a reading of
    # sentences, as corpora of voices are written — and none of a site's words)
    short = k == 0 and (len(said_lines) <= 3 or all(re.search("[。？！?!]$", line) for line in said_lines)) \
        and not any(w in line for line in said_lines for w in (*_NOTICE_WORDS, *_SITE_WORDS)) \
        and not _summary_of_decisions(said_lines)
    # (its first lines or its last: a page's footer, or notes before the speech, around it;
    # a signature alone makes no speech of a newsletter or an editor's note)
    if not (short or any(_SPEECH_OPENS.match(line) for line in said_lines[:3])
            or any(_SPEECH_CLOSES.search(line) for line in said_lines[-3:])):
        return None
    # the speaker's line goes above the first said line — and again above a said line after
    # one that is not (a heading inside the speech, １　はじめに) or that opens like a heading
    # (日程第1一般質問を行います, a transcript with no punctuation): the speech goes on there
    # (a heading in brackets inside it, 【はじめに】, is not said, and the speech goes on past it)
    kept = [" " * len(line) if _BRACKETED_HEADING.fullmatch(line.strip(SPACES)) else line for line in lines]
    opens = [k]
    for j in range(k + 1, end):
        if _said(lines[j]):
            before = next((kept[i] for i in range(j - 1, k - 1, -1) if kept[i].strip(SPACES)), "")
            if (not _said(before) and not (_LISTED.match(before) and _LISTED.match(lines[j])))\
                    or layout.heading_words(lines[j].strip(SPACES)):
                opens.append(j)     # (not the next item of a list read out: (1)… / (2)…)
    said = [*lines[:k], *kept[k:end], *(" " * len(line) for line in lines[end:])]
    for j in reversed(opens):
        said.insert(j, _UNNAMED)
    solo = _Walk("\n".join(said), re.compile(f"^{_UNNAMED}(?P<role>)(?P<name>)$"), wrapped)
    # (a position in the text the walk read, as one in ``text``: less the lines put in before it)
    put = [sum(len(line) + 1 for line in said[:j + n]) for n, j in enumerate(opens)]
    shift = len(_UNNAMED) + 1

    def back(i: int) -> int:
        return i - shift * bisect.bisect_right(put, i)

    role, name = (signer.role, layout.strip_honorific(signer.name)[0]) if signer else (None, "")
    turns = tuple(replace(t, speaker=signer.text if signer else "", role=role, name=name,
                          source=tuple(back(i) for i in t.source)) for t in solo.run())
    if not any(t.text for t in turns):
        return None
    solo.unplaced = [replace(u, line=u.line - sum(1 for n, j in enumerate(opens) if j + n + 1 < u.line))
                     for u in solo.unplaced]
    solo.spoken_front = front
    return solo, turns


def _lead_said(turns: Sequence[Turn], more: Sequence[Turn]) -> int:
    """The characters said in ``more``'s turns before the first speaker of ``turns`` — 0
    where one of those turns says no sentence (a table's head read as a label over the
    attendance: 役職 氏名 / 出欠委員長　守田亘弘　出席…)."""
    first = (turns[0].role, turns[0].name)
    lead = next((k for k, t in enumerate(more) if (t.role, t.name) == first), 0)
    if not all(_SPOKEN_END.search(t.text) for t in more[:lead]):
        return 0
    return sum(len(t.text) for t in more[:lead])


def _compile(pattern: str | re.Pattern[str] | None, path: str | None) -> re.Pattern[str] | None:
    if pattern is None or isinstance(pattern, re.Pattern):
        compiled = pattern
    else:
        try:
            compiled = re.compile(pattern)
        except re.error as e:
            raise MinutesError(f"the speaker pattern is not a valid regular expression ({e}); "
                               "fix it, e.g. ^●(?P<role>[^ ]+) (?P<name>[^ ]+) (?P<text>.*)", path=path) from e
    if compiled is not None and not {"role", "name"} & set(compiled.groupindex):
        raise MinutesError("the speaker pattern needs a named group role or name, "
                           "e.g. ^●(?P<role>[^ ]+) (?P<name>[^ ]+) (?P<text>.*)", path=path)
    return compiled


# ---------------------------------------------------------------------------- lines

class _Walk:
    """One pass over the lines: speaker lines open a turn, headings close it."""

    def __init__(self, text: str, pattern: re.Pattern[str] | None, wrapped: bool | None,
                 loose: bool = False, records: bool = False) -> None:
        self.text = text
        self.loose = loose       # lines with no marker: unbracketed labels at column 0 too
        # a note broken over lines (〔「異議なし」と呼ぶ者あ / り〕) is blanked out where it
        # stands (offsets kept) and its sound given at the line where it closes
        self.written = text.split("\n")
        self.lines, self.carried = _join_notes(self.written)
        self.lines = [_dashed_note(l) for l in self.lines]
        # a record with no full stop anywhere (a village's, typed so): a line in a turn that
        # ends as speech ends (…を行います) or calls a member (３番　青木花子議員) is said
        self.unpunctuated = not any("。" in l for l in self.lines)
        self.wrapped = _is_wrapped(self.lines) if wrapped is None else wrapped
        self.width = _wrap_width(_open_lines(self.lines)[1]) if self.wrapped else 0   # a full line's length
        self.indents = _speech_indent(self.lines) > 0   # speech is indented, labels are not
        self._starts: list[int] | None = None           # each line's offset (see _line_of)
        # a blank line after most lines (some exports double every line break): a line set
        # apart by blank lines is then no heading for that alone
        filled = [k for k, l in enumerate(self.lines) if not layout.is_blank(l)]
        self.blank_after_all = sum(1 for k in filled if k + 1 < len(self.lines)
                                   and layout.is_blank(self.lines[k + 1])) >= 0.6 * max(1, len(filled))
        # every speech numbered by the search system it was saved from: the numbers go
        # (or a spreadsheet's row number and a tab before a label: 1<TAB>議長（佐藤篤）<TAB>…)
        self.numbered = sum(1 for l in self.lines if (n := layout.SPEECH_NUMBER.match(l)) and (
            layout.split_marker(l)[0] or self._numbered_label(l, n))) >= 2
        self.pattern = pattern
        # every line numbered in a margin (a viewer's line numbers: 1　○議長（…） / 2　　日程第１、…)
        self.line_numbers = _numbered_lines(self.lines)
        # 発言番号１　議長（木村正義君） over each speech: the label itself where the speech
        # below does not repeat it (where it does, the line is a page's fold: furniture)
        self.number_heads = _number_heads(self.lines)
        # lists inside a speech that the speaker sums up after reading them (an election's
        # result, the members named to sign the record: …８票 / 以上のとおりであります。)
        self.summed_up = _summed_up(self.lines)
        # a newsletter's questions and answers (問　… / 答　村長　…): a 問 line is its member's
        self.answered = sum(1 for l in self.lines if _ANSWER.match(l)) >= 1
        self.unplaced: list[Unplaced] = []
        self.known: set[tuple[str, str]] = set()    # speakers of the marked labels (see below)
        # a table saved as text, its cells parted by tabs (委員長（中島由美君）<TAB>ただいまから…):
        # a speaker's cell with no brackets in it is a label too (小林委員<TAB>学校給食費の…)
        self.tabbed = sum(1 for l in self.lines if "\t" in l and l[:1] not in SPACES
                          and (b := layout.parse_label(l.split("\t", 1)[0], 0, loose=False)) is not None
                          and re.search("[（(]", b.text) and _says(l.split("\t", 1)[1])) >= 2
        # written sentences after a heading before any turn (a notice: …招集する。): not
        # reported, but named when no speech is found at all
        self.written_front: list[Unplaced] = []
        self.spoken_front: list[tuple[int, str]] = []   # (line, text): said before any turn (run)
        # a time before every speech (minutes kept with a video: 10:02:15　議長（佐藤篤）：…)
        # a time after each speaker (a transcription service's export: 委員長　00:00:05　…,
        # 話者2　00:01:48　…, 山田太郎 (00:00:02) over the speech)
        # (a file of such exports, not a record with marked labels whose speech lists times:
        # 地震発生　14:46:18 read out in a member's turn)
        # (a speaker speaking again — 委員長 twice —, none of them an event, 開会　13:30:00; and
        # no marked line: a timeline read out in a marked turn is none)
        stamps = [m.group(1) for l in self.lines if (m := _STAMPED_HMS.match(l))]
        self.stamped = pattern is None and len(stamps) >= 2 and all(map(_stamp_names, stamps)) \
            and not any(layout.split_marker(l)[0] for l in self.lines)
        self.timed = sum(1 for l in self.lines if (t := layout.TIMECODE.match(l)) and (
            layout.split_marker(l[t.end():])[0] or layout.parse_label(l, t.end(), loose=False))) >= 2
        # a database export naming each speaker in a field (発言者：議長（佐藤篤）)
        # (each followed by speech: a list of questions with 発言者：… in its head is none)
        # (one is enough in a records file — JSON, XML, CSV — of one speech: a mayor's address
        # as the Diet's API or a dataset gives it, its label made of the record's fields)
        fields = sum(1 for k, l in enumerate(self.lines) if (f := layout.field_label(l)) is not None and (
            "。" in l[f.speech_at:] or any("。" in n for n in self.lines[k + 1:k + 3])))
        self.fields = fields >= 2 or (fields == 1 and records)
        # labels closed by a bracket never opened (谷田川委員長)ただ今から…): a file writes
        # every label so, and no marker
        self.half_closed = not self.fields and sum(
            1 for k, l in enumerate(self.lines) if layout.half_closed_label(l[self._prefix(l):]) is not None
            and not (k and _unclosed(self.lines[k - 1]) is not None)) >= 2 and not any(
            layout.split_marker(l)[0] and layout.parse_label(l, layout.split_marker(l)[1]) for l in self.lines)
        self.cells: dict[int, Label] = {}
        # marker lines whose label runs into the speech (○山野議長おはようございます。): a
        # file that writes its labels so (more such lines than ordinary labels), not a
        # member's ○-bulleted points (○議員定数の削減について…) among ○議長（…） labels
        split = [(l, m[1]) for l in self.lines if (m := layout.split_marker(l))[0]]
        ordinary = sum(1 for l, at in split if layout.parse_label(l, at, loose=True) is not None)
        self.glued_marked = sum(1 for l, at in split if layout.parse_label(l, at, loose=True) is None
                                and layout.glued_label(l, at) is not None) > max(1, ordinary)
        # Lines with markers decide whether a line without one can be a speaker line.
        # (a label a PDF's line broke inside its brackets, ○議長( / 丸山一郎 君)これより…, is one)
        marked = sum(1 for k, c in enumerate(l[self._prefix(l):] if self.timed else l for l in self.lines)
                     if layout.split_marker(c)[0] and (self._label(c, marked=True) or (
                         _unclosed(c) is not None and k + 1 < len(self.lines)
                         and self._label(c.rstrip(SPACES) + self.lines[k + 1].lstrip(SPACES), marked=True))))
        # …unless one marked line stands among many bracketed labels without markers
        # (○八柳 喜行 議員 一般質問の要旨です。 over 問（八柳議員） … / 答（町長） … lines)
        bare = sum(1 for l in self.lines if not layout.split_marker(l)[0] and l[:1] not in SPACES
                   and (b := layout.parse_label(l, 0, loose=False)) is not None
                   and re.search("[（(]", b.text) and _says(l[b.speech_at:])) if marked == 1 else 0
        # …or one or two stand among the head's fields over labels alone on their lines with no
        # marker, the speech set in under each (○議長・副議長 / 山崎 芳夫議長 … 委員長 / 　定足数に…:
        # 中野区's own pages)
        # (or flush with them, each line under a label a sentence: 中野区's older pages, where
        # the head has more fields marked — so where no marked line is a label that speaks,
        # three such labels are enough)
        alone = sum(1 for k, l in enumerate(self.lines[:-1]) if not layout.split_marker(l)[0]
                    and l[:1] not in SPACES and 2 <= len(l.strip(SPACES)) <= 16
                    and (b := layout.parse_label(l, 0, loose=True)) is not None and (b.role or b.name)
                    and not l[b.speech_at:].strip(SPACES)
                    and ((nxt := _next_filled(self.lines, k))[:1] in SPACES or _ENDS.search(nxt)) and _says(nxt)) \
            if 0 < marked and not any(
            # (…where no marked label says anything itself: ○議長（佐藤篤君）　…。 is a speaker's)
            # (the label's own line or the next with text: a sentence a PDF wrapped before its
            # end, a blank line between)
            (m := layout.split_marker(l))[0] and (b := self._label(l, marked=True)) is not None
            and (_ENDS.search(l[b[1].speech_at:] + (self.lines[k + 1] if k + 1 < len(self.lines) else ""))
                 or _says(l[b[1].speech_at:]) or (not l[b[1].speech_at:].strip(SPACES)
                                                  and _speaks(_next_filled(self.lines, k))))
            for k, l in enumerate(self.lines)) else 0
        self.marked = self.fields or self.half_closed or (marked > 0 and not bare >= 3 and not alone >= 3)
        if self.marked:
            # who speaks under a marker: the same label with its marker lost (an OCR's
            # reading of a scan) is theirs too
            self.known = {_who(found[1]) for l in self.lines if layout.split_marker(l)[0]
                          and (found := self._label(l, marked=True)) is not None and found[1].name}
        # labels run into the speech at the margin with no marker (a Word file's labels
        # spread by character spacing, whose PDF text has no gap: 議長ただいまから…): where
        # three lines or more start so and nothing else marks a speaker
        # labels ended by a colon at the margin (議長：…, 佐藤議員：…): two or more known ones
        # make any short name before a colon there a speaker's (住民Ａ：…)
        self.colons = not self.marked and not pattern and sum(
            1 for l in self.lines if (b := layout.parse_label(l, 0, loose=False)) is not None
            and l[:b.speech_at].rstrip(SPACES)[-1:] in layout.COLONS) >= 1 and sum(
            1 for l in self.lines if (c := _COLON_LABEL.match(l)) is not None and _says(l[c.end():])) >= 3
        self.glued = False
        if not self.marked and not pattern:
            # (and more of them than labels set apart by a space: in a file of those, a
            # speech's line that starts 町長部局… or 委員長報告… is no label)
            found_glued = [g for k, l in enumerate(self.lines) if l[:1] not in SPACES and _ends_sentence(self._before(k))
                           and layout.parse_label(l, 0, loose=False) is None
                           and (g := layout.glued_label(l, 0)) is not None]
            glued = len(found_glued)
            apart = sum(1 for l in self.lines if l[:1] not in SPACES and (b := layout.parse_label(l, 0, loose=True))
                        is not None and b.speech_at < len(l) and l[b.speech_at - 1] in SPACES)
            # (two are enough where each names a speaker the file labels plainly too: 石森議員町内の…
            # beside 石森議員（再質問）ありがとう…)
            plain = {_who(b) for l in self.lines if l[:1] not in SPACES
                     and (b := layout.parse_label(l, 0, loose=False)) is not None and b.name}
            self.glued = glued > apart and (glued >= 3 or glued == 2 and all(
                g.name and _who(g) in plain for g in found_glued))
        if not self.marked and not pattern:
            # a table's speaker cell read as lines of its own (a Word table's PDF: 岡田町長 /
            # 「議長」 / それでは…, 事務局長 / （佐藤　勝君） / おはようございます。…): a label
            # alone after a sentence's end, speech after it — where a file has three or more
            cells = {k: found for k, l in enumerate(self.lines)
                     if (found := _cell_label(l, self._before(k), self.lines[k + 1:k + 3])) is not None}
            # (counting the cells whose label has its name in brackets: 委員長（中島由美君） /
            # ただいまから… / 小林委員 / 学校給食費の…, a Word table saved as a web page)
            named = sum(1 for k, l in enumerate(self.lines) if l[:1] not in SPACES
                        and (b := layout.parse_label(l, 0, loose=False)) is not None and re.search("[（(]", b.text)
                        and not l[b.speech_at:].strip(SPACES) and any(_speech(a) for a in self.lines[k + 1:k + 3]))
            self.cells = cells if len(cells) >= 3 or (cells and len(cells) + named >= 3) else {}
        self.heads = layout.running_heads([l for k, l in enumerate(self.lines)
                                           if not self._label(l, marked=self.marked, before=self._before(k))])
        # (not the very same line over and over together: the items of a list read out, each with
        # its count, 人権擁護委員候補者の推薦につき意見を求めることについて1 three times — heads
        # stand a page apart)
        filled = [l for l in self.lines if l.strip(SPACES)]
        self.heads -= {layout.head_key(a) for a, b in zip(filled, filled[1:]) if layout.compact(a) == layout.compact(b)}
        self.not_speech = _speech_indent(self.lines) + NOT_SPEECH_INDENT
        # lines of speech (。, no marker) written less deep than that: where there are none
        # (every turn on its label's line), the file shows no indent that lists take apart
        self.shallow_speech = sum(1 for l in self.lines if "。" in l and not layout.split_marker(l)[0]
                                  and _indent(l) < self.not_speech)
        self.documents = _documents(self.lines)
        self.between_rules = _between_rules(self.lines)
        self.closing = _closing_block(self.lines)
        self.spaced = all_spaced(self.lines)     # a viewer's copy: お 答 え し ま す 。
        # a search system's page around the speeches: its list of the speakers and the
        # buttons under it, each card's head over its speaker line (see _index)
        self.headed: dict[int, str] = {}     # line → the full name a viewer's head gives its label
        self.index = self._index()
        self.hits = 0           # a results page's snippets (◯５番（山田花子） ……次に、…) passed over

    def _label(self, line: str, marked: bool, nxt: str | None = None,
               before: str = "") -> tuple[str, Label] | None:
        """(marker, label) if the line is a speaker line (see :meth:`_label_only`), with the
        name an office set apart by brackets, a slash or a colon has after it (【議長】山田太郎　…,
        議長／山田太郎　…)."""
        found = self._label_only(line, marked, nxt, before)
        if found is not None and not found[0] and (row := _STAFF_ROW.fullmatch(line[found[1].speech_at:].rstrip(SPACES))) \
                and all(layout.is_role(r) for r in re.findall(r"[,，、]([^、,，。（()）]{1,20})[（(]", row.group())):
            return None       # 議会事務局 庶務議事課長(神谷一美),庶務議事課長補佐(関努): a row of the head's list
        if found is not None and not found[0] and _ROSTER_ROW.fullmatch(line[found[1].speech_at:].strip(SPACES)) \
                and re.search(r"(?:事務取扱|取扱|兼務|事務代理|担当)$", found[1].name or ""):
            return None       # 企画部参事(政策企画課長事務取扱) 濱田徹君: an official's row in the head's list
        if found is not None and not found[0] and re.match("[0-9０-９]{1,3}番", layout.compact(found[1].role or "")) \
                and re.match(rf"[{SPACES}]*[0-9０-９]{{1,3}}[{SPACES}]*番[{SPACES}]", line[found[1].speech_at:]):
            return None       # 9番  吉 村 裕 之(議長)    11番  岡 本 晃 隆: a row of the roll of members
        if found is not None and not found[0] and layout.compact(line) in _PREFECTURES \
                and re.search(f"[{SPACES}]", line.strip(SPACES)):
            return None       # 福 井 県 spread over a line under a speech's title: the body's name, no speaker
        if found is None or found[1].name or not found[1].role:
            return found
        marker, label = found
        head = label.text.strip(SPACES)
        if not (head[:1] in "【［[＜<〈" and head[-1:] in "】］]＞>〉"
                or line[:label.speech_at].rstrip(SPACES)[-1:] in "／/：:"):
            return found
        m = _NAME_THEN_SPEECH.match(line, label.speech_at)
        if m is None or not layout._is_full_name(m.group(1)):
            return found      # (【議長】山田太郎君。: the chair calls a member)
        return marker, replace(label, text=line[len(marker):m.end(1)].strip(SPACES), name=m.group(1),
                               speech_at=m.end())

    def _label_only(self, line: str, marked: bool, nxt: str | None = None,
                    before: str = "") -> tuple[str, Label] | None:
        """(marker, label) if the line is a speaker line. ``nxt``: the next line with text,
        where known: a label standing alone without a marker must have speech after it;
        ``before``: the line before it, where known (a bracket it leaves open, a sentence
        it ends)."""
        if self.pattern is not None:
            m = self.pattern.match(line)
            if m:
                return _pattern_label(line, m)
        if self.stamped and (stamp := _STAMPED.match(line)) is not None:
            who = stamp.group(1)
            marker, at = layout.split_marker(who)
            label = layout.parse_label(who, at, loose=True)
            if label is None or who[label.speech_at:].strip(SPACES):
                label = Label(text=who[at:], role=None, name=who[at:], speech_at=0)   # 話者2: a name as written
            return marker, replace(label, speech_at=stamp.end())
        if self.fields:
            label = layout.field_label(line)
            if label is not None:
                return "", label
        if self.half_closed:
            label = layout.half_closed_label(line)
            if label is None and line[:1] not in SPACES and _speech(nxt):
                label = layout.half_closed_label(line, alone=True)   # 鈴木委員長) / ただ今から…
            if label is None and line[:1] not in SPACES:
                # the site lost only some opening brackets: 2番(岡田勝二君) among
                # 副議長鳥居和夫君) (chiholog), a member's number and name in brackets
                label = layout.parse_label(line, 0, loose=False)
                if label is not None and not (label.role and label.name and re.search("[（(]", label.text)
                                              and _says(line[label.speech_at:])):
                    label = None      # 1番(岡田勝二君)　2番(鈴木一郎君): an attendance row
            if label is not None and _unclosed(before) is not None:
                label = None      # 自治 / 会長）が…: the end of a bracket broken over lines
            return ("", label) if label else None
        marker, start = layout.split_marker(line)
        if marker and _is_note_line(line[start:]):
            return None         # ○（町長 小野寺健二君 登壇）: a stage note after a marker, no label
        if marker and _CONTENTS.fullmatch(line[start:].strip(SPACES)):
            return None         # ◇　石田　武　君・・・１．公約: the list of questioners and their topics
        if marker:
            # a label run into its speech (○山野議長おはようございます。), also letter-spaced
            # (○ 井 上 町 長 皆 様 、 お は よ う…, where any space could end a label)
            glued = letter_spaced(line[start:], 8) and layout.glued_label(line, start)
            label = glued or layout.parse_label(line, start, loose=True) or (
                layout.glued_label(line, start, goes_on=nxt is not None and not layout.split_marker(nxt)[0]
                                   and re.search("[。？！?!]", nxt) is not None) if self.glued_marked else None)
            if label is None and (half := layout.half_closed_label(line[start:])) is not None:
                label = replace(half, speech_at=start + half.speech_at)   # ◯小林博次議員) 通告に…: a
                #                                  copy that lost the label's opening bracket
            office = layout.compact(line[start:])
            if label is None and (office in ("事務局", "議会事務局") or office in layout.STANDALONE_ROLES) \
                    and _speech(nxt):
                # 〇事務局 or 〇説明員 alone, the speech on the next line
                label = layout.Label(text=line[start:].strip(SPACES), role=office, name="",
                                     speech_at=len(line.rstrip(SPACES)))
            return (marker, label) if label else None
        if marked and self.answered and _ANSWER.match(line):
            # 答　村長　…: a newsletter's answer, where its members' names are marked (■山田太郎議員)
            label = layout.parse_label(line, 0, loose=True)
            return ("", label) if label is not None and label.role else None
        if marked:
            # …but a label in brackets closed by a colon at the margin says it is one even
            # where the others have markers (議長（鈴木太郎）：5番、山田花子議員。)
            label = layout.parse_label(line, 0, loose=False) if line[:1] not in SPACES else None
            before = before.rstrip(SPACES)
            if label is not None and line[:label.speech_at].rstrip(SPACES)[-1:] in layout.COLONS \
                    and re.search("[（(]", label.text) and label.name and label.role \
                    and not layout._PARTICLE_START.match(line, label.speech_at) \
                    and re.search("[。？?！!]", line[label.speech_at:]) \
                    and (not before or before.endswith(_SENTENCE_END)):
                # (a sentence after the colon, and the line before ends one: not 議長（…）：出席
                # in a list, nor a quotation running on from 引用しますと、)
                return "", label
            if label is not None and label.name and (_who(label) in self.known or _answers_call(before, label)) \
                    and (_NAMED.match(line) or (_who(label) in self.known and re.search("[（(]", label.text))) \
                    and (_ENDS.search(line[label.speech_at:]) or (
                        nxt is not None and not layout.split_marker(nxt)[0] and _ENDS.search(nxt)
                        # (…or alone on its line, a known speaker's: 委員長(工藤 篤) / ・ お疲れさま…)
                        and (_says(line[label.speech_at:]) or (_who(label) in self.known
                                                               and not line[label.speech_at:].strip(SPACES))))) \
                    and not layout._PARTICLE_START.match(line, label.speech_at) and (not before or before.endswith(_SENTENCE_END)):
                return "", label   # 議長（山本一郎君）　…: a marked speaker whose marker a scan's OCR
                #                    or a hurried typist lost, or one the chair has just called
            return None
        loose = self.loose and line[:1] not in SPACES
        label = layout.parse_label(line, 0, loose=loose)
        if label is None and line[:1] in SPACES and _indent(line) <= 2 and line.lstrip(SPACES)[:1] in "【［":
            # 　【高木副市長】 alone on its line, a little indented like the speech under it
            # (a web page whose every paragraph starts with a space): a label all the same
            at = len(line) - len(line.lstrip(SPACES))
            found = layout.parse_label(line, at, loose=False)
            if found is not None and (found.role or found.name) and not line[found.speech_at:].strip(SPACES) \
                    and _speech(nxt):
                label = found
        if label is None and self.tabbed and "\t" in line and line[:1] not in SPACES:
            cell, said = line.split("\t", 1)
            found = layout.parse_label(cell, 0, loose=True)
            if found is not None and not cell[found.speech_at:].strip(SPACES) and (found.role or found.name) \
                    and _ENDS.search(said) and len(layout.compact(cell)) <= 14:
                label = replace(found, speech_at=len(cell) + 1)
        if loose and label is not None and (label.role or "")[:1] in "（(〔［" and _is_note_line(line.strip(SPACES)):
            label = None          # （１４番　西田芳信議員　登壇）: a note of who went up, in minutes
            #                       with no markers — no label opening a bracket
        if label is not None and layout._PARTICLE_START.match(line, label.speech_at):
            label = None          # 高橋 亨委員(民進)から、…について: a summary's sentence
        if label is not None and not label.name and re.search("[（(]", label.text) \
                and (_person_alone(line[label.speech_at:]) or line[label.speech_at:].lstrip(SPACES)[:1] in ("、", "，")):
            label = None          # 　教育委員会事務局副参事(学校再編担当) 石濱 良行: a row of the head's
            #                       officials, an office with its charge in brackets, then its holder
        if loose and label is not None and not line[label.speech_at:].strip(SPACES) and _read_out(before, nxt):
            label = None          # names in a speaker's list (選挙管理委員には、 / 小林　正夫君 /
            #                       山田　和子君 / を指名いたします。): no labels
        if loose and label is not None and not line[label.speech_at:].strip(SPACES) and (
                not _speech(nxt) and not (self.wrapped and nxt is not None and len(layout.compact(nxt)) >= 16
                                          and layout.has_clause(nxt) and not layout.split_marker(nxt)[0])
                and not (nxt is not None and _ACTION_NOTE.fullmatch(nxt.strip(SPACES)) and label.role
                         and label.name)
                or nxt is not None and layout.heading_words(nxt)):
            label = None          # 仲田 豊 in a cell of an attendance table, not a speaker (a
            #                       hard-wrapped speech's first line may hold no sentence's end),
            #                       nor 総務課庶務係長 松下 吉弘 over 4 議事の状況は,次のとおりである。
        if loose and label is not None and label.role is None and label.text.strip(SPACES) == label.name \
                and not line[label.speech_at:].strip(SPACES) and nxt is not None \
                and (row := _CHARGED_OFFICE.match(nxt.strip(SPACES))) is not None \
                and ((after := nxt.strip(SPACES)[row.end():].strip(SPACES))[:1] in ("、", "，", "")
                     or _person_alone(after)):
            label = None          # 弘巳 alone (a name the head's roster broke onto a line of its
            #                       own) over 　子ども教育部副参事(子育て支援担当)、… 伊藤 政子: a row
        if loose and label is not None and not label.name and _names_only(line[label.speech_at:]):
            label = None          # 委員 勝田武、加山健次、中田誠: a row of the attendance table
        if loose and label is not None and _roster_row(line[label.speech_at:]) \
                and not _chair_calls(label, line[label.speech_at:]):
            label = None          # １番 川口幸義 議員　　２番 奥 輝人 議員: a row of the roll
        if label is None and self.colons and not marked and (cl := _COLON_LABEL.match(line)) is not None \
                and _says(line[cl.end():]):
            # 住民Ａ：…, 公述人１：…, ファシリテーター：… among 議長：… labels: whoever the
            # record names before a colon at the margin speaks (a report meeting's citizens)
            token = cl.group(1)
            label = layout.parse_label(token, 0, loose=True)
            if label is None or label.speech_at < len(token):
                # (a person or a role, not 内訳：, 結論：, 具体的には：)
                label = Label(text=token, role=layout.compact(token), name="", speech_at=cl.end()) \
                    if _PERSON_TOKEN.search(layout.compact(token)) else None
            else:
                label = replace(label, speech_at=cl.end())
        if label is None and self.glued and line[:1] not in SPACES and _ends_sentence(before):
            # 議長ただいまから… (labels spread by character spacing), and 建設課長 お答え… among them
            label = layout.glued_label(line, 0) or layout.parse_label(line, 0, loose=True)
            if label is not None and (not _says(line[label.speech_at:]) or layout._PARTICLE_START.match(line, label.speech_at)):
                label = None
        if label is not None and not loose and self.indents and line[:1] in SPACES \
                and layout._is_full_name(line[label.speech_at:].strip(SPACES)):
            label = None          # 　政策室副参事(企画担当) 野村 建樹: an attendance list's row
        if label is None and not loose and self.indents and line[:1] not in SPACES and _speech(nxt) \
                and not _read_out(before, nxt):
            # a label alone at column 0 in a file that indents its speech (山田花子君 /
            # 　通告に従いまして…): nothing after it can be speech that begins 「市長、」
            label = layout.parse_label(line, 0, loose=True)
            if label is not None and not label.name and not line[label.speech_at:].strip(SPACES) \
                    and layout.compact(line) in _CHAIRS:
                pass              # 主査 / 　定足数に達しましたので…: the chair, named in the header
            elif label is not None and (line[label.speech_at:].strip(SPACES) or not label.name
                                        or layout.strip_honorific(layout.compact(line))[1] not in _CALLED):
                label = None      # 市長　前田晋太郎: an attendance list, not 山田花子君
        return ("", label) if label else None

    def _index(self) -> set[int]:
        """Lines of a minutes search system's page that name speakers and are no speech:

        * its list of the speeches above them (DiscussNet's 発言者一覧: ``1　◯議長（田中一郎君）``
          / ``2　◯１５番（…）``; DB-Search's ``選択`` / ``1`` / ``:`` / ``◯議長（松田久雄）``), and
          what stands between it and the first speech where that is no sentence
          (``すべて選択`` / ``ダウンロード`` / ``日程第１``): three or more labels with nothing
          but short lines between them (two where the speeches open with the same two and
          no sentence stands before the first), whose speakers then speak in that order;
        * a card's head over each speech (SSP: ``5番（山口恵）`` over ``○５番（山口恵君）　…``):
          a label without a marker, alone on its line, right over its own speaker line;
        * the notes a text export writes after the text, marked inside it (``[a]要確認``);
        * the reading a PDF prints in small kana over a name (`` たかなし`` over
          ``○３番（小鳥遊涼子君）　…``): kana alone, not indented as speech is, right over a
          speaker line that names someone in kanji, after a sentence's end (and not right
          under a label alone: ``○市長（…）`` / ``はい`` / ``○議長（…）`` is a reply).
        """
        labels: dict[int, tuple[str, str]] = {}      # line → speaker, of every speaker line
        alone: set[int] = set()                      # …of those with nothing after the label
        for k, l in enumerate(self.lines):
            cut = self._prefix(l)
            found = self._label(l[cut:], self.marked, self._next_text(k + 1), before=self._before(k))
            if found is not None:
                labels[k] = _who(found[1])
                rest = l[cut + found[1].speech_at:]
                # (a list's row may end in a cell of the search hits in that speech: ◯市長（…）<TAB>2)
                if not rest.strip(SPACES) or ("\t" in l[cut:cut + found[1].speech_at + 2] and re.fullmatch(
                        r"[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*", rest)) or _PAGE_REFERENCE.fullmatch(rest):
                    alone.add(k)      # (…or the page its speech starts on: 委員長(塩見)　(P.2))
        return (self._readings(labels, alone) | self._card_heads(labels, alone) | self._notes_after(labels)
                | self._speaker_list(labels, alone) | self._numbered_heads(labels) | self._paged_heads(labels))

    def _paged_heads(self, labels: dict[int, tuple[str, str]]) -> set[int]:
        """A viewer's head over each speech naming its speaker and the page it starts on
        (VOICES: ``議長(黒沢) P.2`` over ``○黒沢　議長　　…``): the speaker line's own speaker
        without a marker, then a page; read as the speech before it."""
        out: set[int] = set()
        for k, l in enumerate(self.lines):
            paged = _PAGE_REFERENCE.search(l)
            if k in labels or paged is None or paged.end() != len(l) or not l[:paged.start()].strip(SPACES):
                continue
            head = l[:paged.start()]
            found = layout.parse_label(head, len(head) - len(head.lstrip(SPACES)), loose=True)
            nxt = self._next_index(k + 1)
            if found is not None and not head[found.speech_at:].strip(SPACES) and nxt in labels \
                    and _who(found) == labels[nxt] and labels[nxt][1]:
                out.add(k)
        return out

    def _numbered_heads(self, labels: dict[int, tuple[str, str]]) -> set[int]:
        """A viewer's numbered head over each speech (kokalog: ``  3. 小林史武`` over
        ``○事務総長(小林史武君) …``): a number and the very name of the speaker line under it."""
        out: set[int] = set()
        for k, l in enumerate(self.lines):
            head = _NUMBERED_HEAD.fullmatch(l.strip(SPACES))
            if head is None or k in labels:
                continue
            nxt = self._next_index(k + 1)
            if nxt in labels and labels[nxt][1] and _same_person(head.group(1), labels[nxt][1]):
                out.add(k)
                self.headed[nxt] = " ".join(head.group(1).split())
        # the head names in full whom the label names by the surname (○山中委員長) or its
        # initial (○佐藤（雄）委員): the speaker's name is the head's — where a viewer heads
        # the speeches so (most of them), not a list's item over one label (１　佐藤花子, the
        # petitioner, over ○佐藤委員)
        if len(self.headed) < max(2, 0.5 * len(labels)):
            self.headed = {}
        return out

    def _readings(self, labels: dict[int, tuple[str, str]], alone: set[int]) -> set[int]:
        """Kana readings right over a speaker line (see :meth:`_index`)."""
        out: set[int] = set()
        kana = re.compile("[\u3041-\u3096\u30a1-\u30faー 　]{2,10}")
        for k, l in enumerate(self.lines[:-1]):
            above = self.lines[k - 1].strip(SPACES) if k else ""
            if k + 1 in labels and (k - 1 not in alone or above[:1] in "◇◆△▲□■") and l[:1] != "\u3000" and kana.fullmatch(l.strip(SPACES)) \
                    and re.search(f"[{layout._KANJI}]", labels[k + 1][1]) \
                    and (not above or above.endswith(_SENTENCE_END + ("】", "〕", "］")) or kana.fullmatch(above)
                         or above[:1] in "◇◆△▲□■【〔［"):       # (a section's heading, a rule)
                out.add(k)      # (after a sentence's end: not a wrapped speech's last line, ありませんか)
        return out

    def _card_heads(self, labels: dict[int, tuple[str, str]], alone: set[int]) -> set[int]:
        """Unmarked labels alone right over their own marked speaker line (see :meth:`_index`)."""
        out: set[int] = set()
        if self.marked:
            for k, l in enumerate(self.lines):
                if k in labels or l[:1] in SPACES or layout.split_marker(l)[0]:
                    continue
                head = layout.parse_label(l, 0, loose=False)
                nxt = self._next_index(k + 1)
                if head is not None and head.role and head.name and not l[head.speech_at:].strip(SPACES) \
                        and nxt in labels and nxt not in alone \
                        and labels[nxt] == _who(head):
                    out.add(k)
        return out

    def _notes_after(self, labels: dict[int, tuple[str, str]]) -> set[int]:
        """A document's comments and footnotes as a text export writes them after the text
        (Google Docs: [a]要確認, [1] 令和６年７月決定額), where the same mark stands inside a
        line of the text above (件数は[a]何件ですか)."""
        out: set[int] = set()
        last = max(labels, default=len(self.lines))
        for k in range(last + 1, len(self.lines)):
            note = re.match(r"(\[(?:[a-z]{1,2}|[0-9]{1,3})\])", self.lines[k])
            if note and (not _SPOKEN_END.search(self.lines[k])
                         or self.lines[k][note.end():note.end() + 1] in " \t\u3000") \
                    and any(note.group(1) in l[1:] and not l.lstrip(SPACES).startswith(note.group(1))
                            for l in self.lines[:k]):
                out.add(k)
        return out

    def _speaker_list(self, labels: dict[int, tuple[str, str]], alone: set[int]) -> set[int]:
        """A search system's list of the speeches above them, and what stands between it and
        the first speech where that holds no sentence (see :meth:`_index`)."""
        out: set[int] = set()
        order = sorted(labels)
        k = 0
        while k < len(order):
            # a run of labels alone, short lines (a row's number, 選択, :) between them
            run = [order[k]]
            # (and the agenda's items the list holds among them: 4 / 日程第２　一般質問)
            while run[-1] in alone and k + 1 < len(order) and order[k + 1] in alone and all(
                    layout.is_blank(l) or layout.is_furniture(l) or (
                        len(layout.compact(l)) <= 3 and not _ENDS.search(l))
                    or (layout.agenda_item(l) and not _ENDS.search(l))
                    for l in self.lines[run[-1] + 1:order[k + 1]]):
                k += 1
                run.append(order[k])
            k += 1
            if len(run) < 2 or run[-1] not in alone or k >= len(order):
                continue
            listed = [labels[j] for j in run]
            body = [labels[j] for j in order[k:]]
            between = self.lines[run[-1] + 1:order[k]]
            said = any(_ENDS.search(l) for l in between)
            if len(run) == 2 and (said or body[:2] != listed):
                continue
            spoken = iter(body)
            if body[:1] == listed[:1] and all(any(b == who for b in spoken) for who in listed):
                # the list, and what follows it up to the first speech where that holds no
                # sentence (buttons, a heading); sentences there (the sitting's title and a
                # speed version's notice, 校正前原稿であり…) are read as the front they are
                out.update(range(run[0], run[-1] + 1 if said else order[k]))
        return out

    def _after_rostrum(self, number: int, line: str, current: "_TurnBuilder | None") -> tuple[str, Label] | None:
        """A label whose marker was lost, right after the note that sent its speaker to the
        rostrum (〔30番 田中敦朗議員 登壇 拍手〕 / (blank lines) / 田中敦朗 議員  皆さん、…: a
        member's copy of the record on his own site), in a file whose labels are marked."""
        k = number - 2
        while k >= 0 and not self.lines[k].strip(SPACES):
            k -= 1
        note = self.lines[k].strip(SPACES) if k >= 0 else ""
        if "登壇" not in note or not _is_note_line(note):     # (〔30番 田中敦朗議員 登壇 拍手〕)
            return None
        label = layout.parse_label(line, 0, loose=True)
        if label is None or not label.name or layout.compact(label.name) not in layout.compact(note) \
                or not _ENDS.search(line[label.speech_at:]) or layout._PARTICLE_START.match(line, label.speech_at) \
                or re.match("で(?:す|ござい|あり)", line[label.speech_at:].lstrip(SPACES)) \
                or (current is not None and layout.compact(current.name) == layout.compact(label.name)):
            return None       # (田中敦朗 でございます。: his own speech, under his own label)
        return "", label

    def _before(self, k: int) -> str:
        """The line before line ``k`` (0-based), "" for the first."""
        return self.lines[k - 1] if k > 0 else ""

    def run(self) -> list[Turn]:
        turns: list[Turn] = []
        current: _TurnBuilder | None = None
        block = "front"          # outside turns: "front" (before the first), "heading", "unknown"
        started = False
        last_end = ""            # the last character of speech added, for wrapped paragraphs
        resume: _TurnBuilder | None = None  # a turn a topic heading (◎防災備蓄について) cut
        ruled = False
        offset = 0
        skip = 0                 # lines of a label already read with the line before
        hang: int | None = None  # the width before the speech on the current turn's label line
        hangs: set[int] = set()  # …and on the earlier turns' lines
        columns = 0              # the tabs before the speech on the label's line (a table's cells)
        listing = False          # deep-indented lines read out in a sentence (names in an election)
        item_at = -1             # the line of the last item of a list read out (〇子育て支援について)
        label_line = 0           # the line (number) the current turn's label ended on
        spoken_front: list[tuple[int, str]] = []   # sentences as said, before any turn
        noted_front = 0                             # …and notes (※…) in the spoken style
        hits = False             # a search hit was the last speaker line (see _HIT)
        recess_after = False     # the line before ended with its recess's clock (see _TRAILING_EVENT)
        page_over = None         # the turn a page's footer ended (…お問い合わせ), and whether the
        page_begun = False       # next page's head came after it: its speech may go on there
        for number, line in enumerate(self.lines, 1):
            start, offset = offset, offset + len(line) + 1
            cut = self._prefix(line)
            if cut:
                line, start = line[cut:], start + cut
            if number in self.carried and current is not None and self.carried[number]:
                current.sounds.append(Sound(at=len(current.chars), label=self.carried[number]))
            if recess_after and current is not None:
                _recess(current)
            recess_after = False
            if skip:
                skip -= 1
                continue
            if (event := _TRAILING_EVENT.search(line)) is not None and (
                    event.group()[:1] in SPACES or not re.match("[\u3041-\u3093]", (self._next_text(number) or "").lstrip(SPACES))):
                # (a clock glued to the sentence is the record's only where the next line does not
                # go on from it: …休憩します。午後１時再開 / の予定といたします。 is said)
                # 暫時休憩します。　　午前１１時５８分休憩: the clock after the speech, not said
                recess_after = "休憩" in event.group()
                line = line[:event.start()] + " " * (len(line) - event.start())
            elif (rule_tail := _TRAILING_RULE.search(line)) is not None and (
                    not (tail := (rule_tail.group(1) or "").strip(SPACES)) or (
                        (layout.heading_words(tail) or layout.agenda_item(tail) or layout.is_event(tail))
                        and not re.search("[のをにはがでと、]$", tail))):    # (日程第１の / 事業は…: said)
                # …配付のとおりです。　──────　日程第1: a page's rule and the next item's
                # heading run onto the speech's last line (a page that sets them in one flow)
                line = line[:rule_tail.start()] + " " * (len(line) - rule_tail.start())
                nxt = self.lines[number] if number < len(self.lines) else ""
                if rule_tail.group(1) and nxt.strip(SPACES) and len(nxt.strip(SPACES)) <= 30 \
                        and not re.search("[。？！?!\u3041-\u3096]", nxt) and layout.split_marker(nxt)[0] == "" \
                        and layout.parse_label(nxt, 0, loose=True) is None and not layout.is_role(nxt.strip(SPACES)) \
                        and layout.heading_words(nxt.strip(SPACES)) and not re.search("(?:局|者|人|員)$", nxt.strip(SPACES)):
                    skip = 1      # (日程第1 / 諸報告: the heading wrapped onto the next line)
            if current is not None and (section := _SECTION_HEAD.match(line)) is not None \
                    and not self._section_topic(number, section) and line[section.end():].strip(SPACES) \
                    and _NUMBERED_SECTION.search(section.group()):
                # 【答弁２】次に、…: the section not said (the line read from the speech on, as
                # a paragraph: not indented further than the others)
                indent = len(line) - len(line.lstrip(SPACES))
                line, start = line[:indent] + line[section.end():], start + section.end() - indent
            if current is not None and layout.is_sitting_title(line) and number > 1 \
                    and self._page_furniture(self.lines[number - 2]):
                continue      # －１２－ / 令和６年…会議録（第２号）: the next page's head, inside a speech
            # a hard-wrapped sentence goes on: its next line is no footer nor heading
            # (…日程第２、 / 議案第４５号令和６年度…補正予算及び議案第４)
            goes_on = self.wrapped and last_end not in _SENTENCE_END + ("",) and line[:1] not in SPACES
            joined = line.strip(SPACES) + (self.lines[number].strip(SPACES) if number < len(self.lines) else "")
            certified = started and "。" not in line and number < len(self.lines) and (
                _CERTIFIED.match(joined) is not None       # (over two lines — its first sentence, where the
                or _CERTIFIED.match(joined.split("。")[0] + "。") is not None)   # law's follows: …を証明する。地方自治法…)
            # (the head of a page's box after the record, 添付ファイル, 関連リンク — after a
            # sentence's end: not a word of a sentence wrapped there, …ホームページの / 関連リンク / が…)
            boxed = layout.compact(line.strip(SPACES)) in _PAGE_PARTS and last_end in _SENTENCE_END + ("",)
            if started and (_is_footer(line) or certified or boxed) and not goes_on:
                # the page around the minutes: nothing after it is read until the next
                # speaker line (pages of one speech each pasted one after another:
                # 〇35番… / 前へ 次へ / 〇3番…)
                if current is not None:
                    turns.append(current.build())
                if block != "footer":      # (its first line: the turn it ends, or none)
                    page_over, page_begun = current, False
                current, block, resume = None, "footer", None
                continue
            if number in self.closing:
                continue        # the committee's name and its chair's signature after the last rule
            if number - 1 in self.index:
                continue        # a search system's list of the speakers, a card's head
            if number in self.documents:
                # a document printed between two rules (審査報告書, its address and items): not said
                if number - 1 not in self.documents:
                    self._report(number, line, "a document printed between rules (a report, a petition…), not said")
                continue
            if current is not None and last_end in _SENTENCE_END and self._end_mark(number, line):
                continue
            if layout.ADDRESS.fullmatch(line.strip(SPACES)) and (current is None or last_end in _SENTENCE_END + ("",)):
                # a page's address at its foot, between sentences (inside one, read out)
                if current is not None:
                    self._report(number, line, "a web address alone between sentences (a page's foot?), not read")
                continue
            if _to_top(line):
                continue        # PAGE TOP, ▲ Back to Top, BACK: a page's link to its head, between
                #                 its sections or inside a speech — no end of anything
            if block == "footer" and page_over is not None:
                page_head = _PAGE_BEGINS.search(line) is not None or layout.is_breadcrumb(line)
                if page_head and not page_begun:
                    page_begun = None     # (ページの先頭です / トップページ > …: a page's head…)
                if page_begun is None and re.search(r"(?<![0-9０-９])(?:[2-9]|[1-9][0-9])ページ", line):
                    page_begun = True     # (…that names the record's next page: 2ページ)
                elif page_begun is not False and not page_head \
                        and line.strip(SPACES) and not layout.is_blank(line) and not layout.is_furniture(line) \
                        and not (line[:1] in SPACES and layout.is_sentence(line)) and not layout.is_sitting_title(line) \
                        and not layout.heading_words(line.strip(SPACES)):
                    page_begun = False    # something else first (a label not known): no page's speech goes on
            if layout.is_blank(line) or layout.is_furniture(line) or (
                    layout.head_key(line) in self.heads and not (current is not None and self._named_in_sentence(number))):
                if line.strip(SPACES) and layout.is_blank(line):
                    ruled = True     # a rule (─────) ends the turn for good: no topic resumes it
                continue
            if current is not None and number in self.between_rules:
                # ───── / 第102号議案 令和4年度大分県 / 電気事業会計補正予算(第1号)第103号議案 … / ─────:
                # the record's list of the items taken up, set between rules, no sentence in it —
                # a known part of the layout, as its first line alone was (a heading)
                continue
            if current is not None and _EDITORS_NOTE.match(line.lstrip(SPACES)) and not _POLITE.search(line):
                # ※以下、この「議長」と呼ぶ声の表記は省略する。: the editor's note, not said
                self._report(number, line, "an editor's note (※), not said")
                continue
            if current is not None and line.lstrip(SPACES)[:1] == "※" and last_end in _SENTENCE_END \
                    and not _POLITE.search(line) and not layout.is_sentence(line[1:]) and self._next_label_or_end(number):
                continue        # ※休憩中に、次回委員会の日程を確認 between two turns: the clerk's note
            if current is not None and last_end in _SENTENCE_END and self._questioners_heading(number, line):
                continue        # 村西 作雄君 between the chair's last sentence and the chair's call
            if current is not None and current.role and not current.name and label_line and number - label_line <= 3 \
                    and (number == label_line + 1 or line[:1] not in SPACES) \
                    and (cell := _name_cell(line)) is not None \
                    and _name_cell(self._before(number - 1)) is None and _name_cell(self._next_text(number) or "") is None:
                # a label in a table cell, its second line the name: right under the office
                # (事務局長 / （佐藤　勝君）) or read between the speech's lines (○議長 /
                # ただいまから… / （佐藤篤君） / 元に…) — at the margin: indented like the speech
                # (　（山田太郎君）) it is the chair calling a member
                current.name, current.speaker = cell, current.speaker + line.strip(SPACES)
                continue
            found = self._label(line, self.marked, self._next_text(number), before=self._before(number - 1))
            if found is None and self.marked and line[:1] not in SPACES:
                found = self._after_rostrum(number, line, current)
            if found is not None and not found[0] and current is not None \
                    and not re.search("[（(]", found[1].text) and (
                    current.reading or ((said := current.text_so_far()) and (r := _READS_OUT_AT.search(said))
                                        and not _READ_TO_END.search(said, r.end()))) and self.markers >= 3:
                found = None    # a line of the text read out that opens with its signer (越谷市長 福 田 晃 9月
                #                 定例会に付議する…): in minutes whose speakers are marked, no label
            if found is None and number - 1 in self.cells and not cut:
                found = ("", self.cells[number - 1])
            if found is None and (last := current or (turns[-1] if turns else None)) is not None:
                # a column of labels repeats the speaker above with a ditto mark: before the
                # speech where it hangs (々　　日程第1、…), or alone in a table's speaker cell (〃)
                ditto = _DITTO.match(line)
                if ditto and any(abs(_width(line[:ditto.end()]) - h) <= 1 for h in (hang, *hangs) if h is not None):
                    found = (last.marker, Label(text=last.speaker, role=last.role, name=last.name, speech_at=ditto.end()))
                elif self.cells and line.strip(SPACES) in ("〃", "々", "同") and _speech(self._next_text(number)):
                    found = ("", Label(text=last.speaker, role=last.role, name=last.name, speech_at=len(line)))
            if found is not None and not found[0] and current is not None and current.role in _CHAIRS \
                    and current.chars and not line[found[1].speech_at:].strip(SPACES) \
                    and self._calls_next(found[1], number):
                # 議 長 日程第１…を行います。 / ６番 石川里子議員 / 石川議員 質問に…: no speaker
                # line but the chair calling the next speaker on a line of its own — said
                found = None
            if found is None and self.answered and (ask := _ASK.match(line)) \
                    and (asker := _asker([*turns, *([current] if current else [])])
                         or self._member_over(number, current)) is not None:
                # 問　村営バスの増便を…: a newsletter's question under its member's name, after
                # the answer to the one before (答　村長　…)
                found = (asker.marker, Label(text=ask.group().strip(SPACES), role=asker.role, name=asker.name,
                                             speech_at=ask.end()))
                if current is asker and current.source and not re.search("[。？！?!]", "".join(current.chars)):
                    current.drop_from(current.source[0])   # ■佐藤一郎議員 / 　町営バスの利便性向上を: the
                    #                                          question's topic under the name, not said
            speech_line, at, at_source = line, 0, start
            bare = found is not None and not line[found[1].speech_at:].strip(SPACES) and (
                (found[1].role is None and found[1].text == found[1].name)       # ◎坂田
                or (found[1].role and not found[1].name and number < len(self.lines)    # ○議長 / （佐藤篤君）
                    and _called_in_brackets(self.lines[number])))
            if found is not None and not bare:
                at = found[1].speech_at
            elif number < len(self.lines):
                # a bare name alone after a marker may be a label a web page's copy broke
                # (◎坂田 / 総合政策部長　第39号議案中、…); else it stands as it is
                # (past a page's foot and head between: ○…所長（佐 / －12－ / 令和…会議録 / 藤一郎君）…)
                k, k_at = number, offset
                while k + 1 < len(self.lines) and k - number < 4 and _unclosed(line) is not None \
                        and self._page_furniture(self.lines[k]):
                    k, k_at = k + 1, k_at + len(self.lines[k]) + 1
                wrapped = self._wrapped_label(line, self.lines[k])
                if wrapped is None and found is not None:
                    at = found[1].speech_at
                if wrapped is not None:
                    # the label ran onto the next line (○総務部長（佐藤恵 / 子君）　お答え…):
                    # its speech starts there (the next line begins at ``offset``)
                    found, at = wrapped[:2], wrapped[2]
                    speech_line, at_source, skip = self.lines[k], k_at, k - number + 1
                elif found is None and number + 1 < len(self.lines) and line.strip(SPACES) in tuple(MARKERS) \
                        and not layout.split_marker(self.lines[number])[0]:
                    # a marker alone, then a label broken inside its brackets (◎ / 総務課長( /
                    # 吉田政夫君) お答えいたします。: a search site's copy)
                    wrapped = self._wrapped_label(line.strip(SPACES) + self.lines[number].strip(SPACES),
                                                  self.lines[number + 1])
                    if wrapped is not None:
                        found, at = wrapped[:2], wrapped[2]
                        speech_line, at_source, skip = self.lines[number + 1], offset + len(self.lines[number]) + 1, 2
                    elif number + 2 < len(self.lines) and not layout.split_marker(self.lines[number + 2])[0] and (
                            whole := self._broken_label(line.strip(SPACES), self.lines[number:number + 2])) is not None:
                        # …or the whole label broken over two lines, the speech under it (○ /
                        # 市民会館 / 建設特別委員会委員長(木村典子君) / 市民会館建設…: an
                        # aggregator's page broken at each linked term)
                        found, at, skip = whole, 0, 3
                        speech_line = self.lines[number + 2]
                        at_source = offset + len(self.lines[number]) + len(self.lines[number + 1]) + 2
            if found is None and len(line.strip(SPACES)) == 1 and line.strip(SPACES) in MARKERS:
                if line.strip(SPACES) in "△◎" and number + 1 < len(self.lines) \
                        and (nxt := self.lines[number].strip(SPACES)) and not _ENDS.search(nxt) \
                        and layout.heading_words(nxt) and layout.split_marker(self.lines[number + 1])[0]:
                    skip = 1    # △ / 総務教育常任委員長報告: a heading broken from its marker at a link
                continue        # ◇ alone between two parts of a speech: a separator
            if found is not None and block == "footer" and (
                    ("。" not in speech_line[at:] and not _speech(self._next_text(number)))
                    or not (found[1].name or (found[1].role or "").endswith(CHAIRS))
                    or re.match(_PARTICLE, speech_line[at:].lstrip(SPACES))):
                # after the page's footer only a person's turn resumes the reading (the next
                # page's speech), not the page's contact block (○議会事務局　電話：…) nor a
                # link (議長（佐藤篤）　のプロフィールは…)
                found = None
            if found is not None and (climb := _CLIMBS.match(speech_line, at)) is not None:
                at = climb.end()   # ◎市長(石原博之君) 登 壇 皆様、…: the walk to the rostrum, not said
            if found is not None and (summed := _SUMMED_UP.match(
                    speech_line, len(speech_line) - len(speech_line[at:].lstrip(SPACES)))) is not None:
                # ○ 副町長 土田 正美　議案書に基づき逐条的に説明する。: the summary record's
                # sentence on the label's line, not said
                at = len(speech_line) - len(speech_line[summed.end():].lstrip(SPACES))
            if found is not None and (section := _SECTION_HEAD.match(speech_line, at)) is not None \
                    and _NUMBERED_SECTION.search(section.group()):
                # ◯１５番（加藤美咲君）　【質問１】防災対策について: the section and its topic,
                # not said (before a sentence: only the section)
                at = len(speech_line) if self._section_topic(number, section) else section.end()
            if found is not None and (not started or hits) and _HIT.fullmatch(speech_line[at:].strip(SPACES)):
                # ◯５番（山田花子） ……次に、避難所の…: a search results page's snippet of a
                # speech, not the speech (the minutes may follow the hits on the page) — before
                # any speech or after another hit (not a speech that trails off: ……検討中です……)
                if current is not None:
                    turns.append(current.build())
                current, block, resume, hits = None, "heading", None, True
                self.hits += 1
                self._report(number, line, "a search result's snippet of a speech, not the minutes")
                continue
            if found is not None:
                marker, label = found
                if label.role is None and label.name and label.text[:1] in "（(" and number >= 2:
                    # 議 長 / （ 𠮷 筋 惠 治 君 ）ただいまから…: a PDF's label column, the office on
                    # the line above the name (森町)
                    if current is not None and label_line == number - 1 and current.role \
                            and not current.name and not current.chars:
                        # …read as a label of its own with no speech yet: it is this turn's
                        label, current = replace(label, role=current.role), None
                    elif (office := _office_above(self.lines[number - 2])) is not None:
                        # …read as the last line of the turn before: no speech of it
                        label = replace(label, role=office)
                        if current is not None:
                            current.drop_from(start - cut - len(self.lines[number - 2]) - 1)
                if current is not None:
                    turns.append(current.build())
                if not skip and number < len(self.lines) and not speech_line[at:].strip(SPACES):
                    name = _name_line(label, self.lines[number])
                    if name:    # ○教育政策係長 / 大園健朗君: the name in its own cell
                        label, skip = replace(label, name=name), 1
                if (full := self.headed.get(number - 1)) and label.name \
                        and layout.compact(full) != layout.compact(label.name):
                    label = replace(label, name=full)
                current = _TurnBuilder(speaker=label.text, name=label.name,
                                       role=_role_without_name(label.role, label.name), marker=marker,
                                       spaced=self.spaced,
                                       # ○事務局長（今井文雄）　（朗読）: what follows is read out
                                       reading=_READ_OUT.fullmatch(speech_line[at:].strip(SPACES)) is not None)
                # the time of what happened where the speech would start (議 長　　午後2時00分開議): not said
                timed = layout.is_event(speech_line[at:]) and re.search(layout._TIME, speech_line[at:]) is not None
                current = self._add(turns, current, speech_line[at:], at_source + at, speech=not timed, new_paragraph=True)
                last_end = speech_line.rstrip(SPACES)[-1:] if current.chars else "。"
                # speech on the label's line: lines indented to where it starts go on with
                # it (a hanging indent: 議　長：ただいまから… / 　　　　日程第１、…)
                if hang is not None:
                    hangs.add(hang)
                hang = _width(speech_line[:at]) if (current.chars or timed) and not skip else None
                # …or a table's columns parted by tabs (議長<TAB>山田太郎<TAB>ただいまから… /
                # <TAB><TAB>日程第１、…: the speech column's next row)
                columns = speech_line[:at].count("\t") if hang is not None else 0
                listing = hits = False
                started, block, resume, ruled = True, "turn", None, False
                # a label alone on its line may have its name on a line of its own below (a cell)
                label_line = number + skip if not speech_line[at:].strip(SPACES) else 0
                continue
            reader = layout.reader_note(line)
            if reader is not None and current is not None and not reader.name and not current.chars \
                    and current.role and layout.compact(current.role).endswith(layout.compact(reader.role or "-")):
                # （委員長報告） under ○総務常任委員長（山本一郎君）: the note names who just took
                # the floor by office — the speech under it is theirs, read as a reading
                current.reading = True
                continue
            if reader is not None and current is not None:
                # （杉立敏也事務局長報告）, 〔事務局次長報告〕: what follows is that person's
                turns.append(current.build())
                current = _TurnBuilder(speaker=reader.text, name=reader.name, role=reader.role, marker="",
                                       reading=True, spaced=self.spaced)      # agenda lines in it are read out
                last_end, block, resume = "。", "turn", None
                continue
            marker, after = layout.split_marker(line)
            # after a rule, a numbered item (２.会期及び審議日程について) opens a section of the
            # record, whatever follows it (a summary the record writes, 「…が決定された。」)
            titled = current is not None and ruled and not marker and (
                self._title_after_rule(line, number) or (layout.is_item_heading(line) and not _polite_speech(self._next_text(number))))
            # the first line of a turn whose label stood alone is its speech, even when it
            # reads like an agenda line: the chair reads 日程第1 … out (琴平町)
            opening = current is not None and not current.chars
            # a reading is read whole — but the next agenda item (日程第２…) is not read out
            # (also where the speaker said so: ○事務局長（…）　朗読いたします。 / 　　　請願第１号 / …)
            if current is not None and not current.reading and (_READS_OUT.search(current.text_so_far())
                                                                or _READ_MARK.fullmatch(line.strip(SPACES))):
                current.reading = True      # 朗読いたします。: the rest of the turn is the text read… (also
                #                             under the clerk's mark of it: 「資料朗読」, （朗読）)
            elif current is not None and current.reading and current.text_so_far().endswith("。") \
                    and re.search(r"以上(?:で(?:ございます|あります|す)|です|[、，][^。]*)。$", current.text_so_far()):
                current.reading = False     # …up to its reader's 以上でございます。 (or its own 以上、…。)
            reading = current is not None and current.reading \
                and not layout.compact(line).startswith(("日程", "追加日程", "議事日程")) \
                and not (re.match(r"(?:議案|請願|陳情|発議|報告|諮問|認定|承認|同意|意見書案|決議案)第[0-9０-９一二三四五六七八九十]+号",
                                  layout.compact(line)) and number > 1 and layout.is_blank(self.lines[number - 2])) \
                and not layout.is_sitting_title(line) and not layout.is_day_heading(line)
            if marker in "〇○" and marker and current is not None and current.chars \
                    and _KANJI_NUMERAL_END.search(current.text_so_far()) and _NUMERAL_GOES_ON.match(line[after:]) \
                    and layout.parse_label(line, after, loose=False) is None:
                marker = ""     # …平成三十年から二 / 〇一九年の…: a numeral's zero a wrap put first
            elif marker and current is not None and re.match(_UNHEARD_BEFORE, line[after:]) \
                    and layout.has_clause(line):
                marker = ""     # ●については、…: an unheard word written as a marker, mid-speech
            elif marker and current is not None and current.chars and layout.parse_label(line, after, loose=False) is None \
                    and not layout.is_inturn_heading(line[after:]) and not layout.is_item_heading(line[after:]) \
                    and ((line[after:after + 1] == "印" and layout.has_clause(line))
                         or (marker == "△" and _AMOUNT.match(line[after:]) and ("、" in line or line.rstrip(SPACES).endswith("。")))):
                marker = ""     # ◎印の付いた事業は…, △１億２，０００万円の減、… (minus): a symbol in the
                #                 speech (trial 142), not a heading (△５割削減について, △１件の追加議案)
            elif marker in "〇○◯◎" and marker and current is not None and current.chars and not ruled \
                    and layout.parse_label(line, after, loose=False) is None \
                    and _is_topic(line[after:]) and not layout.is_event(line[after:]) \
                    and not _AGENDA_ITEM_END.search(line[after:].rstrip(SPACES)) \
                    and (item_at == number - 1 or _ANNOUNCES_ITEMS.search(current.text_so_far()) is not None
                         or (self.indents and line[:1] in SPACES and line.rstrip(SPACES).endswith("について")
                             and not (current.role or "").endswith(_CHAIRS + ("事務局長", "事務局次長", "書記"))
                             and layout.split_marker(self._next_text(number) or "")[0] == marker)):
                # 　〇子育て支援について / 　〇地域公共交通について: a list a speaker reads out — after
                # they announced it (…論点は、次の３点です。), or topics indented as the speech is
                # where the labels stand at the margin, two or more (trial 142) — its bullet not said
                at = line.index(marker, 0, after)
                line = line[:at] + "\u3000" + line[at + 1:]
                marker, item_at = "", number
            elif marker == "●" and current is not None and current.marker not in ("", "●") \
                    and re.search("[。？！?!]$", line.rstrip(SPACES)) \
                    and not layout.heading_words(line[after:]) and not layout.is_event(line[after:]) \
                    and not layout.is_item_heading(line[after:]) and not layout.is_inturn_heading(line[after:]):
                marker = ""     # ●、それからもう一点、…。 / ●印と○印の違いは…。: a sentence, no label
                #                 (in minutes whose speakers are marked ○: ● is an unheard word or a symbol)
            # a sentence the speech left open (よって、 / 日程第２、議案第１号… read out; 私は、 /
            # 陳情第３号… / について、…) goes on in the next line, however it reads
            midway = current is not None and bool(current.chars) and (last_end in _OPEN_END or listing)
            if midway and layout.is_inturn_heading(line) and "、" not in line.strip(SPACES)[:12] \
                    and not (re.search("[、，]", line) and line.rstrip(SPACES)[-1:] not in "）)】〕") \
                    and not (self._next_text(number) or "").lstrip(SPACES).startswith(_GOES_ON) \
                    and not _ATTRIBUTIVE_END.search(line.rstrip(SPACES)):
                # …but an agenda heading as headings are written (日程第３　一般質問) stays one:
                # what is read out goes on with 、 (日程第２、議案第１号…, 地方自治法第106条第3項の
                # 規定により、本) or the next line's particle (陳情第３号　… / について、…)
                midway = False
            if not midway and current is not None and current.chars and last_end in _SENTENCE_END \
                    and "指名" in "".join(current.chars[-60:]).rstrip("。").split("。")[-1] \
                    and line[:1] in SPACES and _indent(line) >= self.not_speech \
                    and _NAMES_READ.fullmatch(layout.compact(line)):
                # the members the chair names after saying so, each on a line set in (会議録署名
                #議員: 議長から御指名申し上げます。 / 　　１番　あ べ ゆ う こ　議員 / …): read out
                midway = True
            if not midway and current is not None and current.chars and layout.is_inturn_heading(line) \
                    and (under := (self._next_text(number) or "").strip(SPACES)).startswith(_TITLE_GOES_ON) \
                    and under.endswith(_SENTENCE_END):
                # the chair's agenda title on a line of its own, the sentence ending under it
                # (参議院: 　日程第一　…法律案（内閣提出、衆議院送付） / 　を議題といたします。): read
                # out — not a title wrapped before its last words (…決算の認定 / について)
                midway = True
            if not midway and current is not None and current.chars and layout.is_inturn_heading(line) \
                    and self._items_taken_up(number, current):
                # the chair reading out the agenda items he takes up together, one a line, up
                # to the line of the same turn that takes them up (参議院:
                # ○議長（…君）　日程第二　…法律案 / 　日程第三　…法律案 / 　　（いずれも内閣提出、衆議院送付）
                # / 　以上両案を一括して議題といたします。): read out
                midway = True
            if not midway and current is not None and current.chars and layout.is_inturn_heading(line) \
                    and self._item_reported(number):
                # a committee chair's report naming each bill on a line of its own, the sentence
                # going on under it with は、 (近江八幡市: 議第110号 専決処分の承認を求めることについて
                # / 　平成30年度…補正予算(第4号) / は、全員賛成で原案を承認すべきものと決しました。)
                midway = True
            if current is not None and current.chars and not marker and last_end in _SENTENCE_END \
                    and not reading and not self.spaced and self._side_heading(number, line):
                continue        # 議 長 の 報 告 inside the chair's report: its side heading, not said
            if current is not None and ((marker and _is_note_line(line[after:])) or (not marker and (
                    _person_note(line) or _ACTION_NOTE.fullmatch(line.strip(SPACES))
                    or (not current.chars and _UNWRITTEN.fullmatch(line.strip(SPACES)))   # (欠席職員の報告)
                    or ((not current.chars or last_end in _SENTENCE_END) and (
                        _SUMMED_UP.fullmatch(line.strip(SPACES)) or (_SUMMED_UP_SIDE.fullmatch(layout.compact(line))
                        and not re.match(_PARTICLE, (self._next_text(number) or "").lstrip(SPACES)))))))):
                # ○全　　員　（異　議　な　し）, ○（町長登壇）: a note after a marker — its
                # voices are heard in the turn it answers, which goes on (also 大村研二
                # 議会事務局次長 (資料に基づき説明) with no marker: what someone did, their
                # words not recorded — none of it the turn's)
                current = self._add(turns, current, line, start, speech=False, new_paragraph=False)
                continue
            if marker and reading and current is not None and current.chars and not layout.heading_words(line[after:]):
                marker = ""     # 〇要望①… in a text read out (a committee's report): its bullet, read on
            if marker and current is not None and current.chars and self._items_reported(number, current):
                # a chair's report naming each bill after a bullet, the sentence going on through them
                # (気仙沼市: ○議案第1号 あらたに生じた土地の確認について 及び / ○議案第2号 … は、
                # 現地踏査の上、…可決すべきものと決しました。): read on, the bullet not said
                marker, midway, line = "", True, " " * after + line[after:]
            if marker or titled or (current is not None and not goes_on and not opening and not reading and not midway
                                    and number not in self.summed_up and (
                    layout.is_inturn_heading(line) and not self._quote_said(number, line)
                    and not (self.unpunctuated and _SAID_UNPUNCTUATED.search(line.strip(SPACES)))
                    or (self._outdented_heading(line) and not (_LISTED_AFTER.search(current.text_so_far())
                                                               and _LIST_ITEM.match(line)))
                    or (last_end in _SENTENCE_END and self._agenda_title(number, line))
                    or (last_end in _SENTENCE_END and self._quoted_topic(number, line))
                    or (last_end in _SENTENCE_END and number > 1 and layout.is_item_heading(line)
                        and not _ANNOUNCES.search(current.text_so_far())
                        and self._headings_until_label(number, blank=layout.is_blank(self.lines[number - 2]),
                                                       turn=current)))):
                rest = line[after:]
                resume = None
                if block == "footer":
                    continue
                if current is not None:
                    turns.append(current.build())
                    # a topic the speaker announces (◎防災備蓄について), not an agenda item:
                    # an indented sentence right after it is still that speaker's
                    if marker and not ruled and _is_topic(rest):
                        resume = current
                    elif not marker and not titled and current.role in _CHAIRS \
                            and layout.compact(line).startswith(("日程第", "追加日程第")):
                        # the chair's agenda item printed as a heading inside the chair's
                        # speech (参議院: 　日程第一　国務大臣の演説に関する件 / 　去る…これより
                        # 質疑を許します。): the sentence under it is still the chair's
                        resume = current
                    current = None
                if layout.heading_words(rest) or layout.is_event(rest) or layout.is_inturn_heading(rest) or \
                        layout.is_item_heading(rest) or titled or _is_note_line(rest) or _RECORD_STATEMENT.search(rest) or (
                        block in ("front", "heading") and not layout.has_clause(rest)):
                    block = "heading"
                else:
                    self._report(number, line, "a marker line that is neither a speaker line nor a known heading")
                    block = "unknown"
                continue
            if layout.is_event(line) and not self._times_said(number, midway, current):
                if current is not None and "休憩" in layout.compact(line) and self._sitting_breaks(number):
                    _recess(current)   # shown while the room waits (see RECESS)
                continue        # (but the times read out in a sentence: see _times_said)
            if (section := _SECTION_HEAD.match(line)) is not None and (not line[section.end():].strip(SPACES) or (
                    _NUMBERED_SECTION.search(section.group()) and self._section_topic(number, section))):
                continue        # 【再質問】, 【質問２】子育て支援について: a section of the speech, not said
            if current is None and block == "footer" and page_begun is True and page_over is not None \
                    and line[:1] in SPACES and layout.is_sentence(line) and _POLITE.search(line) \
                    and not _SITE_SAYS.search(line):
                # the speech going on at the top of the record's next page, copied with the
                # page around it (お問い合わせ… / ページの先頭です。 / トップページ > … / 　…伺います。):
                # the speaker's before the footer
                resume = page_over
            if current is None and resume is not None and line[:1] in SPACES and layout.is_sentence(line) \
                    and (_POLITE.search(line) or not _RECORDED.search(line)):
                # (said, as speech is: not the record's summary under the item, …可決された。,
                # nor a bill's text printed there, …を次のように定める。)
                current = _TurnBuilder(speaker=resume.speaker, name=resume.name, role=resume.role,
                                       marker=resume.marker, spaced=resume.spaced)
                block, page_over = "turn", None
            resume = None                # only the line right after the topic continues it
            if current is None:
                if block not in ("front", "footer") and layout.is_sentence(line) and not layout.is_inturn_heading(line) \
                        and not (block == "heading" and not started and _AS_THE_AGENDA.fullmatch(layout.compact(line))):
                    # (a head's business under its heading, 本日の会議に付した事件 / 議事日程のとおり。,
                    # DiscussNet's: not speech, and known)
                    why = f"a sentence after a {'heading' if block == 'heading' else 'line not placed'}"
                    if started or _SPOKEN_END.search(line) or not any(w in line for w in _CONVENING):
                        self._report(number, line, why)
                    else:       # the convening notice before any turn (…議会臨時会を…に招集する。)
                        self.written_front.append(Unplaced(number, line.strip(SPACES), why))
                elif block == "front" and (_SPOKEN_END.search(line) or _CALL.fullmatch(line.strip(SPACES))) \
                        and not layout.is_inturn_heading(line) and not any(w in line for w in _NOTICE_WORDS) \
                        and not line.lstrip(SPACES).startswith("※"):     # (※用語の検索は…: the page's note)
                    spoken_front.append((number, line))
                elif block == "front" and _SPOKEN_END.search(line) and line.lstrip(SPACES).startswith("※"):
                    noted_front += 1
                continue
            if number in self.carried:      # its note blanked out: judged as it was written
                line_as_written = self.written[number - 1] if not cut else line
                speech, indented = _indent(line_as_written) < self.not_speech, line_as_written[:1] in SPACES
            else:
                speech, indented = _indent(line) < self.not_speech, line[:1] in SPACES
            if not speech and hang is not None and (abs(_indent(line) - hang) <= 1 or any(
                    abs(_indent(line) - h) <= 1 and h < hang for h in hangs)):
                speech = True     # …or where the file's other speeches hang (a label too long for its column)
            if not speech and columns and len(line) - len(line.lstrip("\t")) == columns:
                speech = True     # …or in the speech's column of a table with tabs between cells
            # …or read out in the middle of a sentence: 選挙管理委員に / 　　　　山本一男君 /
            # 　　　　木下節子君 / 以上の方を指名します。 (names, a list of bills, a quotation's
            # lines): the list goes on until a line ends a sentence
            said_midway = midway and current.chars and (not speech or layout.is_inturn_heading(line))
            if said_midway or (reading and (layout.is_sentence(line) or _DOCUMENT_PART.fullmatch(layout.compact(line)))
                               and not re.search(r"(?:朗読|読み上げ)(?:を)?(?:した|された|行った)。[ \t\u3000]*$", line)):
                speech = True     # (a text's sentences read out are said, however they are indented,
                #                    and its title, date, addressee and signers: 辞職願 … 議長　大野健二様)
            if not speech and number in self.summed_up:
                speech = True     # a list the speaker reads and sums up (…８票 / 以上のとおりであります。)
            if not speech and not self.shallow_speech and current.chars and layout.is_sentence(line) \
                    and not layout.is_inturn_heading(line) and _lone_sentence_said(line):
                speech = True     # a turn's sentence on a line of its own, in a file whose speech
                #                   is all on its labels' lines: no list indent to tell it from
            if not speech and current.chars and last_end not in _SENTENCE_END and last_end \
                    and layout.is_sentence(line) and line.rstrip(SPACES).endswith(_SENTENCE_END):
                speech = True     # the sentence the line before left open ends here, indented
                #                   (…１目地方交付税 / 　　１２億３，４００万円を計上しております。)
            listing = bool(said_midway) and not line.rstrip(SPACES).endswith(_SENTENCE_END)
            new = not self.wrapped or last_end in _SENTENCE_END or last_end == "" or indented
            before = len(current.chars)
            current = self._add(turns, current, line, start, speech=speech, new_paragraph=new)
            if not speech and layout.is_sentence(_strip_notes(line)):
                self._report(number, line, "a sentence indented like a list")
            if len(current.chars) > before:
                last_end = current.chars[-1]
                ruled = False            # a rule counts only right before a heading
        if current is not None:
            if recess_after:
                _recess(current)        # (暫時休憩します。　　午前１１時５８分休憩, the file's last line)
            turns.append(current.build())
        self._report_unwritten()
        self._report_silent_labels(turns)
        self.spoken_front = spoken_front
        if (spoken_front and len(spoken_front) + noted_front >= 2) \
                or any(_CALL.fullmatch(line.strip(SPACES)) for _, line in spoken_front):
            # speech before the first speaker line: a label this parser did not know, most
            # likely (a header's sentences are written, not spoken: …のとおりである。) — or
            # the chair's call of the speaker a page of one member's speech opens with
            # (次は,順序に従いまして鬼木議員。), whose label the page left out
            for number, line in spoken_front:
                self._report(number, line, "a spoken sentence before the first speaker line")
            self.unplaced.sort(key=lambda u: u.line)
        return [t for t in turns if t.text or t.sounds]

    @staticmethod
    def _add(turns: list[Turn], current: _TurnBuilder, line: str, start: int, speech: bool,
             new_paragraph: bool) -> _TurnBuilder:
        """Add a line to the turn; a chair's remark written inside it (``〔議長「静粛に
        願います」〕``, ``（委員長「時間です」）``) is the chair's own short turn, and the
        speaker's turn goes on after it. Returns the turn that goes on."""
        pos = 0
        for m in _REMARK.finditer(line):
            before, after = line[:m.start()].rstrip(SPACES), line[m.end():].lstrip(SPACES)
            noted = m.group()[0] == "〔"     # the record's own note: never a quotation
            if (before and before[-1] not in "。？！?!」" and not noted) or re.match(_PARTICLE, after):
                continue      # （委員長「検討する」）との答え: a quotation in the speech (but
                #               市長は、〔委員長「静粛に」〕無償化の…: the chair, mid-sentence)
            label = layout.parse_label(m.group(1), 0, loose=True)
            if label is None or label.speech_at < len(m.group(1)) or not (label.role or "").endswith(CHAIRS):
                continue
            current.add(line[pos:m.start()], start + pos, speech=speech, new_paragraph=new_paragraph)
            turns.append(current.build())
            # the chair's name from the chair's last turn (〔議長「…」〕 names only the role)
            name = label.name or next((t.name for t in reversed(turns) if t.role == label.role), "")
            chair = _TurnBuilder(speaker=label.text, name=name, role=label.role, marker="", spaced=current.spaced)
            chair.add(m.group(2), start + m.start(2), speech=True, new_paragraph=True)
            turns.append(chair.build())
            current = _TurnBuilder(speaker=current.speaker, name=current.name, role=current.role,
                                   marker=current.marker, spaced=current.spaced)
            pos, new_paragraph = m.end(), True
        current.add(line[pos:], start + pos, speech=speech, new_paragraph=new_paragraph)
        return current

    def _prefix(self, line: str) -> int:
        """The length of what goes before the line's label or speech and is neither: a
        timecode, a database's field name (発言内容：), a search system's speech number."""
        if self.timed and (t := layout.TIMECODE.match(line)) and (
                layout.split_marker(line[t.end():])[0] or layout.parse_label(line, t.end(), loose=False)):
            return t.end()      # not 10:30　再開します。 said
        if self.fields and (f := layout.SPEECH_FIELD.match(line)):
            return f.end()
        if self.line_numbers and (n := _LINE_NUMBER.match(line)):
            return n.end()      # 3　順次発言を許します。: a page's line number before every line
        if layout.numbered_head(line) is not None:
            # 発言番号１　議長（木村正義君）: the label after the number — or, where the speech
            # repeats it, a page's fold (furniture)
            return layout.NUMBERED_HEAD.fullmatch(line.rstrip(SPACES)).start(1) if self.number_heads else 0
        margin = _MARGIN_EVENT.match(line)
        if margin and (label := layout.parse_label(line, margin.end(), loose=self.loose)) is not None \
                and line[label.speech_at:].strip(SPACES):
            return margin.end()   # 開 会 議 長 おはようございます。: the margin's heading, then the label
        cut = layout.SPEECH_NUMBER.match(line) if self.numbered else None
        if cut is None and (glued := _NUMBER_ON_LABEL.match(line)) is not None \
                and (label := layout.parse_label(line[:glued.end() + layout.LABEL_MAX], glued.end(), loose=True)) is not None \
                and label.text.endswith("】") and (label.role or label.name):
            return glued.end()    # 1682【福田まちづくり調整担当部長】 …: a site's number of its one speech
        if cut and not (layout.split_marker(line)[0] or cut.group().endswith("\t")
                        or self._numbered_label(line, cut)
                        or line[cut.end():cut.end() + 1] in tuple(SPACES)):
            cut = None        # 1 防災対策の強化, １　防災対策の強化について: speech that begins with a number
        return cut.end() if cut else 0

    def _numbered_label(self, line: str, number: re.Match) -> bool:
        """Does a speaker label follow the speech number ``number`` of ``line``: after a tab or
        an ideographic space or a colon (2: 議長(辻内裕也)), a bracketed one; in a file with no
        markers or brackets, any (2 山上委員長 報告事項に…)?"""
        if number.group().endswith(("\t", "\u3000")) or re.search("[:：]", number.group()) \
                or line[number.end():number.end() + 1] in ("【", "［"):
            if layout.parse_label(line, number.end(), loose=False) is not None:
                return True
            if re.search("[:：]", number.group()) and layout.half_closed_label(line[number.end():]) is not None:
                return True     # 4: 議長水谷 功)  以上で…: a copy that lost the label's opening bracket
        label = layout.parse_label(line, number.end(), loose=True) if self.loose else None
        return label is not None and bool(label.role or label.name) and bool(line[label.speech_at:].strip(SPACES))

    def _calls_next(self, label: Label, number: int) -> bool:
        """Is the label alone on line ``number`` (1-based) the person whose speaker line
        comes right after it (６番 石川里子議員 / 石川議員 …; 福祉課長 / 福 祉 課 長 …)?"""
        nxt = self._next_text(number)
        if nxt is None or re.search("[（(]", label.text):
            return False
        found = self._label(nxt, self.marked, self._next_text(self._next_index(number) + 1))
        if found is None or found[0]:
            return False
        after = found[1]
        if label.name and after.name:
            return after.name.startswith(label.name[:2]) or label.name.startswith(after.name)
        return not label.name and not after.name and bool(label.role) and label.role == after.role \
            and label.role not in _CHAIRS

    def _quote_said(self, number: int, line: str) -> bool:
        """Does line ``number`` (1-based), read alone as a heading, go on as a sentence in the
        next: a quotation opened at its end that the next line closes and ends as a sentence
        (日程第１「 / 会議録署名議員の指名」を行います。: the chair reading the agenda out, not
        an agenda heading wrapped at its quote, …請願」), a line the next goes on from with a
        particle (…総務常任委員長の報告 / を求めます。), a full line of a wrapped page read out
        (日程第１、議案第２５号、…改正する条 / 例についてを議題といたします。), a date the
        sentence goes on from (令和６年３月８日（金） / 午前１０時から開議いたします。)?"""
        nxt = self._next_text(number)
        if nxt is None or layout.split_marker(nxt)[0] or layout.parse_label(nxt, 0, loose=False) is not None:
            return False
        c, following = layout.compact(line), layout.compact(nxt)
        if layout.is_letter_spaced(line) and _goes_on_spread(following):
            return True       # 委 員 長 の 報 告 / を 求 め ま す 。: a spread sentence going on
        printed = re.match(r"(?:追加)?日程第[0-9０-９一二三四五六七八九十]+[ \u3000]", c0 := line.strip(SPACES)) is not None \
            or layout._NOTICE_FIELD.match(c0) is not None
        if (layout._PARTICLE_START.match(following) or following.startswith(_TOPIC_PARTICLES)) \
                and not _OPENER.match(following) and re.search("[。？！?!]", nxt) and not printed:
            return True       # (a heading is not followed by a line opening with を, に, が…)
        heading_like = layout.is_inturn_heading(nxt) or layout.heading_words(nxt) or layout.is_event(nxt)
        if self.width and len(line.rstrip(SPACES)) >= self.width - 1 and "、" in c and not printed \
                and not c.endswith(_SENTENCE_END) and re.search("[。？！?!]", nxt) and not heading_like:
            return True       # a sentence read out (its 、), broken where the page's line was full
        if "、" in c and not printed and not heading_like \
                and not c.endswith(_SENTENCE_END) and not c.endswith(layout.HEADING_ENDS) \
                and ((c.count("（") + c.count("(") > c.count("）") + c.count(")")
                      and re.match(r"[^。（(）)]{0,12}[）)](?:は|を|が|に|で|と|について|につきまして)", following))
                     or (re.search("[\u3041-\u3093]$", c) and re.match("[\u3041-\u3093]", following)
                         and re.search("[、。，]", following))):
            return True       # a sentence broken mid-word or inside its brackets, the page not
            #                   found wrapped (会議録署名議員は、…の規定によ / り、５番…を指名します。,
            #                   議案第１号、…補正予算（第 / ８号）は、…追加するものであります。)
        if layout.is_day_heading(line) and c[:1] not in _OPENING_BRACKETS and layout.is_sentence(nxt) and not heading_like \
                and (_POLITE.search(nxt) or layout._PARTICLE_START.match(following)):
            return True       # the date of the next sitting, said
        if not line.rstrip(SPACES).endswith(("「", "『")):
            return False
        return re.search("[」』]", nxt) is not None \
            and re.search("[。？！?!]$", nxt.rstrip(SPACES)) is not None

    def _sitting_breaks(self, number: int) -> bool:
        """Does the recess on line ``number`` (1-based) break the sitting — the next text (rules
        passed over) is its 再開, a speaker's label or the end — rather than stand in a schedule
        read out (午前１１時５０分休憩 / 午後１時再開 / 以上の予定であります。)?"""
        k = number
        while (at := self._next_index(k)) is not None:
            nxt, k = self.lines[at], at + 1
            c = layout.compact(nxt)
            if layout.is_event(nxt):
                if "再開" in c or "開議" in c or "開会" in c:
                    continue            # (its resumption: what comes after that decides)
                return True
            return bool(layout.split_marker(nxt)[0] or layout.parse_label(nxt, 0, loose=False) is not None)
        return True

    def _section_topic(self, number: int, section: re.Match) -> bool:
        """Is what follows the section heading on line ``number`` (1-based) its topic alone
        (【質問２】子育て支援について) — not a sentence wrapped onto the next line (【質問１】防災
        対策について伺いたいと思い / ます。)?"""
        following = (self._next_text(number) or "").lstrip(SPACES)
        return section.group(1) is not None and not (self.wrapped and re.match("[\u3041-\u3096]", following))

    def _times_said(self, number: int, midway: bool, current: _TurnBuilder | None) -> bool:
        """Are the times on line ``number`` (1-based), an event line, read out in the speech:
        the next line goes on with a particle (初日は / 午前１０時開会　午後３時散会 / とし、…,
        …次のとおりです。 / 午前１０時開議　午後３時散会 / の予定であります。)?"""
        following = (self._next_text(number) or "").lstrip(SPACES)
        return (midway and following.startswith(_GOES_ON)) or (
            current is not None and bool(current.chars) and layout._PARTICLE_START.match(following) is not None)

    def _side_heading(self, number: int, line: str) -> bool:
        """Is line ``number`` (1-based) a title spread letter by letter with the speech going
        on under it (a PDF's side heading inside a turn: 議 長 の 報 告 / 去る９月１３日の…),
        not a heading between turns (出 席 議 員 / １番 山田太郎君, 議 事 日 程 / ○議長…)?"""
        if not layout.is_letter_spaced(line):
            return False
        nxt = self._next_text(number)
        if nxt is None or layout.split_marker(nxt)[0] or not re.search("[ぁ-ん]", nxt) \
                or len(layout.compact(nxt)) < 6 or _goes_on_spread(layout.compact(nxt)):
            return False      # (委 員 長 の 報 告 / を 求 め ま す 。, 先 月 の 決 算 報 告 /
            #                   でお示ししたとおり…: a sentence going on)
        return not (layout.is_inturn_heading(nxt) or layout.heading_words(nxt) or layout.is_event(nxt)
                    or layout.is_item_heading(nxt) or layout.parse_label(nxt, 0, loose=False) is not None)

    def _next_label_or_end(self, number: int) -> bool:
        """Is the next line with text after line ``number`` (1-based) a speaker line, or is
        there none?"""
        k = self._next_index(number)
        return k is None or self._label(self.lines[k], self.marked, self._next_text(k + 1),
                                        before=self._before(k)) is not None

    def _item_reported(self, number: int) -> bool:
        """Does the sentence go on under line ``number`` (1-based, an item's heading) with
        は、 — on the next line, or on the one after a line that goes on with the item's
        title (no sentence in it, no label)?"""
        k = self._next_index(number)
        for _ in range(2):
            if k is None:
                return False
            under = self.lines[k].strip(SPACES)
            if under.startswith(("は、", "は，", "は,")):
                return True
            if any(ch in under for ch in SENTENCE_END) or layout.split_marker(self.lines[k])[0] or len(under) > 60 \
                    or layout.is_inturn_heading(under):
                return False
            k = self._next_index(k + 1)
        return False

    def _items_taken_up(self, number: int, current: "_TurnBuilder") -> bool:
        """Is line ``number`` (1-based), an agenda item, one of those a speaker reads out in
        the turn that a line under them, with no label before it, closes by taking them up
        together (以上両案を一括して議題といたします。, 以上３件について、…) — only agenda items,
        notes in brackets and the lines a PDF broke them onto between, and the sentence left
        open before them or two items at least?"""
        said = re.sub(r"[（(][^（）()]*[）)]$", "", current.text_so_far().rstrip(SPACES))
        items = 1 if said and said[-1] not in SENTENCE_END else 0   # (an open sentence: its first)
        k = self._next_index(number)
        for _ in range(24):
            if k is None:
                return False
            under = self.lines[k].strip(SPACES)
            if _TAKEN_UP.match(under):
                # (after a sentence that ended, two items at least: one line alone between
                # is as likely the record's heading, 日程第３　議案第１５号… / 以上４件を…)
                return items >= 1
            items += layout.is_inturn_heading(under)
            if layout.split_marker(self.lines[k])[0] or not (
                    layout.is_inturn_heading(under) or re.fullmatch(r"[（(][^（）()]+[）)]", under)
                    # (an item's title or its note a PDF's line broke: …改正する法 / 律案)
                    or (under[:1] in "（(" and len(under) <= 30 and "。" not in under)
                    or (len(under) <= 20 and not any(ch in under for ch in SENTENCE_END + "、")
                        and not layout.heading_words(under) and self._label(self.lines[k], self.marked) is None)):
                return False
            k = self._next_index(k + 1)
        return False

    def _items_reported(self, number: int, current: "_TurnBuilder") -> bool:
        """Is line ``number`` (1-based), a bullet and a bill, one of the bills a speaker said
        he reports on (…御報告いたします。) named in a sentence that goes on through them —
        this line or the bullets' lines right under it going on with 及び (並びに) up to one
        that goes on with は、 to the sentence's end? (Not a list of the bills a chair takes
        up, nor the results listed after the sitting: no sentence goes on through them.)"""
        k = number - 1
        for n in range(8):
            marker, at = layout.split_marker(self.lines[k])
            m = _ITEM_IN_SENTENCE.fullmatch(self.lines[k][at:].strip(SPACES)) if marker else None
            if m is None or (n == 0 and not _REPORTS.search(current.text_so_far())):
                return False
            if m.group(1) is None:            # …は、…。: the sentence ends here
                return True
            k = self._next_index(k + 1)
            if k is None:
                return False
        return False

    def _questioners_heading(self, number: int, line: str) -> bool:
        """Is line ``number`` (1-based) a name alone (村西 作雄君) that heads the next
        questioner's part of the record (愛荘町's site: the chair's それでは、順次発言を許します。,
        then the name, then the chair's own label and call 2番、村西 作雄君。) — under a
        sentence, with a speaker line next that is not the named one's (where the named
        one speaks next, the line is the chair's call, said)?"""
        m = _NAME_ALONE.fullmatch(line.strip(SPACES))
        k = self._next_index(number)
        if m is None or k is None or self._label(line, self.marked, self._next_text(number)) is not None:
            return False
        nxt = self._label(self.lines[k], self.marked, self._next_text(k + 1), before=self._before(k))
        named, called = layout.compact(m.group(1)), layout.compact(nxt[1].name or "") if nxt else ""
        # (the one called by surname, 石橋議員, speaks next as 石橋里美議員, or with an office
        # before the name, 市長　田中一郎君, as 市長（田中一郎君）: a call)
        return bool(called) and not (called in named or named in called)

    def _end_mark(self, number: int, line: str) -> bool:
        """Is line ``number`` (1-based) the record's end mark after a speech (``_END_MARK``)?"""
        m = _END_MARK.fullmatch(layout.compact(line))
        if m is None:
            return False
        return bool(m.group(1) or m.group(2)) or self._next_label_or_end(number)

    def _next_text(self, number: int) -> str | None:
        """The next line with text after line ``number`` (1-based) — rules, page furniture
        and running heads passed over — within a few lines, or None."""
        k = self._next_index(number)
        return self.lines[k] if k is not None else None

    def _next_index(self, number: int) -> int | None:
        """The index (0-based) of :meth:`_next_text`'s line, or None."""
        for k in range(number, min(number + 6, len(self.lines))):
            nxt = self.lines[k]
            if not (layout.is_blank(nxt) or layout.is_furniture(nxt) or layout.head_key(nxt) in self.heads):
                return k
        return None

    def _named_in_sentence(self, number: int) -> bool:
        """Is line ``number`` (1-based), a body's name repeated like a running head (宮城県議会),
        a word of the sentence around it — a copy that broke its lines at every link (…議案、 /
        宮城県議会 / 議員定数条例の…): right under speech that left its sentence open, with
        more of it under, no page's foot before it and no number or session word in it?"""
        key = layout.head_key(self.lines[number - 1])
        if "#" in key or any(w in key for w in ("会議録", "定例会", "臨時会", "号", "ページ", "頁")):
            return False
        if "\f" in self.lines[number - 1]:
            return False     # after a page break (pdftotext's form feed): the next page's head
        before = self.lines[number - 2] if number >= 2 else ""
        after = self.lines[number] if number < len(self.lines) else ""
        return bool(before.strip(SPACES)) and not layout.is_furniture(before) \
            and not before.rstrip(SPACES).endswith(_SENTENCE_END) and layout.head_key(before) not in self.heads \
            and bool(after.strip(SPACES)) and not layout.split_marker(after)[0] and not layout.is_furniture(after)

    def _title_after_rule(self, line: str, number: int) -> bool:
        """The Diet's item titles: after a rule (――――◇―――――), a short line with no
        sentence in it and then a speaker line (`` 国務大臣の演説`` / ``○議長（…）``)."""
        c = layout.compact(line)
        if not c or len(c) > 40 or layout.has_clause(layout.without_parens(c)) or _BRACKETED.fullmatch(c):
            return False      # （拍手）: a sound, not a title
        k = self._next_index(number)
        for _ in range(3):
            # …maybe with a note on it and a rule between (法律案及び同報告書 / 〔本号末尾に掲載〕 /
            # ――――― / 〔片桐和也君登壇〕 / ○片桐和也君)
            if k is None or not _BRACKETED.fullmatch(layout.compact(self.lines[k])):
                break
            k = self._next_index(k + 1)
        return k is not None and self._label(self.lines[k], self.marked, before=self._before(k)) is not None

    def _quoted_topic(self, number: int, line: str) -> bool:
        """Is line ``number`` (1-based) a topic in corner brackets set apart between two turns
        (a member's site: 「健康づくり対策の取り組み」 after a blank line, over the next speaker's
        label): no sentence inside, a blank line before it and a speaker line next?"""
        if not _QUOTED_TOPIC.fullmatch(layout.compact(line)) or number < 2 \
                or not layout.is_blank(self.lines[number - 2]):
            return False
        nxt = self._next_index(number)
        if nxt is None:
            return False
        under = self.lines[nxt]
        if self._label(under, self.marked, self._next_text(nxt + 1), before=self.lines[nxt - 1]) is not None:
            return True
        # (a label alone on its line, in minutes whose labels have no marker: 吉武健康増進課長)
        alone = layout.parse_label(under, 0, loose=True) if under[:1] not in SPACES else None
        return alone is not None and not under[alone.speech_at:].strip(SPACES) and _speech(self._next_text(nxt + 1))

    def _agenda_title(self, number: int, line: str) -> bool:
        """Is line ``number`` (1-based) an agenda item's title set between two turns of a
        marked file (議長の報告, 議案訂正の件, 会期の決定: kanji, の between, no sentence) right
        over a marked speaker line?"""
        if not self.marked or line[:1] in SPACES or not _AGENDA_TITLE.fullmatch(layout.compact(line)):
            return False      # (indented like the speech: a title read out, 　地域公共交通の維持)
        nxt = self._next_index(number)
        if nxt is None or layout.split_marker(self.lines[nxt])[0] == "":
            return False
        return self._label(self.lines[nxt], self.marked, self._next_text(nxt + 1)) is not None or (
            nxt + 1 < len(self.lines) and self._wrapped_label(self.lines[nxt], self.lines[nxt + 1]) is not None)
            # (…or a label a PDF's line broke inside its brackets: ○議長( / 丸山一郎 君)これより…)

    def _headings_until_label(self, number: int, blank: bool, turn: _TurnBuilder | None = None,
                              reach: int = 12) -> bool:
        """Are line ``number`` and every line after it up to the next speaker line (or the
        end) a record's outline between two speeches, at most ``reach`` lines: item headings
        (``layout.is_item_heading``: 《土木交通部所管分》, 2　…について, (1)当局説明…) — after a
        blank line or a rule (``blank``) —, or item headings with who explains and what
        (富山県: (3) 報告事項 / 河村農林水産企画課長 / ・農地中間管理事業について) right after
        the speech? Then they are not the end of the speech before them — if one of them is
        a heading only a record prints (``layout.is_record_heading``) or every one of them
        stands apart, a blank line before and after it (安芸高田市: ``2.議長あいさつ``
        between two turns): numbered topics run on below a sentence are a list a member
        reads out (１　防災対策について), speech. Also when the first of them goes on a
        numbering the ``turn`` did not start (長野県's 要点記録: （１）議案第52号… before the
        first turn, then （２）その他 after the last answer on it; a list read out starts in
        the speech)."""
        outline = record = bracketed = False
        apart = blank and not self.blank_after_all
        continued = self._goes_on_numbering(number, turn)
        # …or at the margin of a file that indents its speech's lines (a list read out is
        # indented like the speech: 　１　防災対策について)
        continued = continued or (not self.wrapped and _indent(self.lines[number - 1]) == 0
                                  and layout.item_number(self.lines[number - 1]) is not None
                                  and self._turn_indented(number, turn))
        for k in range(number - 1, min(len(self.lines), number - 1 + reach)):
            line = self.lines[k]
            if layout.is_blank(line) or layout.is_furniture(line) or (k >= number and _is_note_line(line)):
                continue
            if k >= number and (_CERTIFIED.match(line.strip(SPACES)) or self._label(
                    line, self.marked, self._next_text(k + 1), before=self._before(k)) is not None):
                # (the next speaker, or the clerk's certificate that ends the minutes)
                return (record and (blank or outline or bracketed)) or apart or continued
            if layout.is_item_heading(line) or layout.is_inturn_heading(line):
                record = record or layout.is_record_heading(line) or layout.is_inturn_heading(line)
                bracketed = bracketed or layout.is_bracketed_item(line)
                apart = apart and k + 1 < len(self.lines) and layout.is_blank(self.lines[k + 1])
                continue
            apart = False
            c = layout.compact(line)
            if k >= number and line[:1] in SPACES and not layout.is_sentence(line) and (
                    c.startswith(("・", "・")) or _office_alone(c)):
                outline = True      # who explains, and a bullet of what
                continue
            if outline and _indent(line) >= self.not_speech and not layout.is_sentence(line):
                continue            # …the bullet wrapped
            return False
        return ((record and (blank or outline or bracketed)) or apart or continued) and number - 1 + reach >= len(self.lines)

    def _goes_on_numbering(self, number: int, turn: _TurnBuilder | None, reach: int = 400) -> bool:
        """Is line ``number`` an item numbered 2 or more whose item before it (the same form,
        one less) is not in ``turn`` — above the turn's first line, or nowhere?"""
        found = layout.item_number(self.lines[number - 1])
        if found is None or found[1] < 2 or turn is None or not turn.source:
            return False
        first = self._line_of(turn.source[0])
        for k in range(number - 2, max(first - 1, number - 1 - reach, -1), -1):
            if layout.is_item_heading(self.lines[k]) and layout.item_number(self.lines[k]) == (found[0], found[1] - 1):
                return False       # the list began in this speech
        return True

    def _member_over(self, number: int, current: _TurnBuilder | None, reach: int = 4) -> _TurnBuilder | None:
        """A newsletter's member named alone on a line a little above line ``number`` (a
        question, 問　…), with at most a topic under the name (■山田太郎議員 / 　村営バスの
        充実を / 問　…) and no turn since: who asks (a turn of no text)."""
        if current is not None and current.chars:
            return None
        for k in range(number - 2, max(-1, number - 2 - reach), -1):
            line = self.lines[k]
            if layout.is_blank(line):
                continue
            marker, at = layout.split_marker(line)
            label = layout.parse_label(line, at, loose=True)
            if label is not None and not line[label.speech_at:].strip(SPACES) and label.name \
                    and (label.role or "").endswith(layout.MEMBER_ROLES):
                return _TurnBuilder(speaker=label.text, name=label.name, role=label.role, marker=marker)
            if _ASK.match(line) or _ANSWER.match(line) or "。" in line:
                return None
        return None

    def _turn_indented(self, number: int, turn: _TurnBuilder | None) -> bool:
        """Are the lines of ``turn`` after its label's line, up to line ``number``, indented
        (there being at least one)?"""
        if turn is None or not turn.source:
            return False
        rest = [line for line in self.lines[self._line_of(turn.source[0]) + 1:number - 1]
                if not (layout.is_blank(line) or layout.is_furniture(line))]
        return bool(rest) and all(_indent(line) > 0 for line in rest)

    def _line_of(self, offset: int) -> int:
        """The index (0-based) of the line holding character ``offset`` of the text."""
        if self._starts is None:
            self._starts = list(itertools.accumulate((len(line) + 1 for line in self.lines), initial=0))
        return bisect.bisect_right(self._starts, offset) - 1

    def _page_furniture(self, line: str) -> bool:
        """Is ``line`` what a printed page puts between two of its text's lines: blank, a
        page number, a running head, the sitting's title?"""
        return layout.is_blank(line) or layout.is_furniture(line) or layout.head_key(line) in self.heads \
            or (not _ENDS.search(line) and layout.is_sitting_title(line))

    def _outdented_heading(self, line: str) -> bool:
        """A heading standing left of the speech in a file that indents its speech
        (江別市: ``会期の決定`` at column 0 between indented speech; 市川市: ``…のうち本
        委員会に付託された事項`` between ○ speaker lines)."""
        indent = self.not_speech - NOT_SPEECH_INDENT
        return (indent > 0 and _indent(line) < indent and layout.heading_words(line)
                and not (self.marked and _is_topic(line)))   # １　防災について: the speaker's

    def _broken_label(self, marker: str, parts: list[str]) -> tuple[str, Label] | None:
        """The label after a ``marker`` alone on its line, written over the ``parts`` lines
        below it and ending with the last of them in a closed bracket (the speech starts
        on the line after), or None."""
        if any(layout.split_marker(p)[0] or not p.strip(SPACES) or layout.heading_words(p) or layout.is_event(p)
               or layout.is_inturn_heading(p) for p in parts):
            return None       # (◇ / 日程第１　一般質問 / ３番（鈴木花子君）: a heading, then a name called)
        joined = marker + "".join(p.strip(SPACES) for p in parts)
        if not re.search(r"[）)]$", joined):
            return None
        found = self._label(joined, self.marked)
        if found is None or found[1].speech_at < len(joined) or not (found[1].role and found[1].name) \
                or not layout.is_role(found[1].role):
            return None
        return found

    def _wrapped_label(self, line: str, nxt: str) -> tuple[str, Label, int] | None:
        """A speaker label a hard wrap cut inside its brackets: a marker line whose last
        bracket is still open, closed within the first few characters of the next line.
        (marker, label, where its speech starts in ``nxt``)."""
        marker, after = layout.split_marker(line)
        if not marker or self.pattern is not None:
            return None
        body = line.rstrip(SPACES)
        if not layout.split_marker(nxt)[0] and self._label(nxt, True) is None:
            # a web page's copy: a marker alone (○ / 白石孝雄 議長), or a surname whose
            # role went onto the next line (◎坂田 / 総合政策部長　第39号議案中、…), or a
            # role whose bracketed name did (○議長 / （佐藤篤君）　ただいまから…)
            if re.match(r"[（(]", nxt.lstrip(SPACES)) and body[after:]:
                if not _called_in_brackets(nxt, layout.HONORIFICS):
                    return None       # ○議長 / （拍手）: a note, not the name
                found = self._label(body + nxt.lstrip(SPACES), self.marked)
                cut = len(nxt) - len(nxt.lstrip(SPACES))
                if found is not None and found[1].name and found[1].speech_at > len(body):
                    return found[0], found[1], found[1].speech_at - len(body) + cut
                return None
            if not body[after:]:
                found = self._label(body + nxt, self.marked)
                if found is None or found[1].speech_at < len(body):
                    return None
                return found[0], found[1], found[1].speech_at - len(body)
            name = body[after:].strip(SPACES)
            parts = nxt.split(maxsplit=1)       # (none where the line is a control character)
            role = parts[0] if parts and nxt[:1] not in SPACES else ""
            at = layout._speech_start(nxt, len(role))
            if 1 <= len(name) <= 6 and all(map(layout.is_kanji, name)) and layout.is_role(role) \
                    and not layout.is_member_number(role) and not layout.heading_words(name) \
                    and not name.endswith(layout.BODY_ENDS) \
                    and layout.has_clause(nxt[at:]):      # not ○出席説明員 / 助役　石神　正義
                return marker, Label(text=f"{name}{role}", role=role, name=name, speech_at=at), at
        opened = max(body.rfind("（"), body.rfind("("))
        if opened < 0 or max(body.rfind("）"), body.rfind(")")) > opened or len(body) - opened > 16:
            return None
        close = min((i for i in (nxt.find("）"), nxt.find(")")) if i >= 0), default=-1)
        opens = min((i for i in (nxt.find("（"), nxt.find("(")) if i >= 0), default=len(nxt))
        if not 0 <= close <= 8 and not 0 <= close < opens:
            # the closing bracket never written (○議長(中島良一 / 日程第1、…: a council's own
            # page): an office, a name alone in the bracket, and the speech on the next line
            inner = layout.compact(body[opened + 1:])
            if 2 <= len(inner) <= 8 and not re.search(r"[。、，,：:「」（）()]", inner) \
                    and layout.has_clause(nxt) and not re.match(_PARTICLE, nxt.lstrip(SPACES)):
                found = self._label(body + ("）" if body[opened] == "（" else ")"), self.marked)
                if found is not None and found[1].role and found[1].name and layout.is_role(found[1].role):
                    return found[0], found[1], layout._skip(nxt, 0)
            return None
        if nxt[:close].strip(SPACES) != nxt[:close]:
            return None
        found = self._label(body + nxt, self.marked)
        if found is None or found[1].speech_at < len(body):
            return None
        return found[0], found[1], found[1].speech_at - len(body)

    def _report_unwritten(self) -> None:
        """Report each speaker line whose speech the minutes do not write, only a note of it
        (◎上杉危機管理課長　（説明）, ○小沢議長 / 　(挨拶)): its turn has no text and is left
        out, and its stretch of the recording gets no captions."""
        for k, line in enumerate(self.lines):
            if not (_UNWRITTEN.search(line) or (k + 1 < len(self.lines) and _UNWRITTEN.search(self.lines[k + 1]))):
                continue
            found = self._label(line, self.marked, self._next_text(k + 1), before=self._before(k)) \
                or (("", self.cells[k]) if k in self.cells else None)   # (a table's cell: 山本市民環境局長)
            if found is None:
                continue
            rest, at = line[found[1].speech_at:].strip(SPACES), k
            if not rest and (inside := _UNWRITTEN.search(found[1].text)) and inside.end() == len(found[1].text):
                rest = inside.group()        # the note read as a stage direction of the label's
            elif not rest and (at := self._next_index(k + 1)) is not None:
                rest = self.lines[at].strip(SPACES)
            if at is None or not _UNWRITTEN.fullmatch(rest) or layout.reader_note(rest) is not None:
                continue
            after = self._next_index(at + 1)
            if after is None or after in self.cells or self._label(self.lines[after], self.marked,
                                                                   self._next_text(after + 1),
                                                                   before=self._before(after)) is not None:
                self._report(k + 1, line + (f" {rest}" if at != k else ""),
                             "a speech the minutes do not write, only its note: no captions for it")
        self.unplaced.sort(key=lambda u: u.line)

    @functools.cached_property
    def markers(self) -> int:
        """How many speaker lines have a marker, also on a line of its own (○ / 島田玲子議長 …) —
        counted only where a text read out asks (see :meth:`run`)."""
        return sum(1 for l in self.lines[:5000] if l.strip(SPACES) in MARKERS or _marked_label_line(l))

    def _report_silent_labels(self, turns: list[Turn]) -> None:
        """Report each speaker line between the speeches with nothing under it but the next
        speaker line (◎宗村收 環境保全局長 / ◎加耒英雄 水道事業管理者 / (総括説明)): the
        minutes write nothing of that speech — not a list of labels (a roster, an index)."""
        said = [t for t in turns if t.text]
        if not said or len(self.lines) > 20000:
            return
        starts = list(itertools.accumulate((len(line) + 1 for line in self.lines), initial=0))
        first = bisect.bisect_right(starts, said[0].source[0]) - 1
        last = bisect.bisect_right(starts, said[-1].source[-1]) - 1
        reported = {u.line for u in self.unplaced}
        label_at = functools.cache(self._label_at)      # (each line's label read once)

        def bare(k: int) -> bool:
            if len(self.lines[k].strip(SPACES)) > layout.LABEL_MAX or _ENDS.search(self.lines[k]):
                return False        # (a sentence's line: no label alone — read cheaply)
            found = label_at(k)
            return found is not None and (found[0] or self.marked is False) \
                and found[1].speech_at <= len(self.lines[k]) and not self.lines[k][found[1].speech_at:].strip(SPACES)

        for k in range(first + 1, last):
            line = self.lines[k]
            if layout.is_blank(line) or k + 1 in reported or not bare(k):
                continue
            nxt = self._next_index(k + 1)
            prev = next((j for j in range(k - 1, first, -1) if not layout.is_blank(self.lines[j])), None)
            if nxt is None or nxt >= last or (prev is not None and bare(prev)):
                continue
            here, there = label_at(k), label_at(nxt)
            if there is None or (bare(nxt) and nxt + 1 not in reported):
                continue        # (the next says something, or its speech is reported unwritten: not
                #                 labels listed, ○副市長（…） / ○教育長（…） as the chair introduces them)
            if here is not None and here[1].name and self._named_next(here[1].name, nxt, label_at):
                continue        # (the same person next or soon: ◇　佐藤一郎君 over ○３番（佐藤一郎君）,
                #                 or over the chair's call of them; a label repeated at a page's break)
            self._report(k + 1, line, "a speaker line with no speech under it: no captions for it")
        self.unplaced.sort(key=lambda u: u.line)

    def _label_at(self, k: int) -> tuple[str, Label] | None:
        """The speaker label of line ``k`` (0-based), read with the lines around it, or None."""
        return self._label(self.lines[k], self.marked, self._next_text(k + 1), before=self._before(k))

    def _named_next(self, name: str, k: int, label_at: Callable[[int], tuple[str, Label] | None],
                    within: int = 3) -> bool:
        """Does one of the ``within`` speaker lines from line ``k`` (0-based) name ``name``?"""
        seen = 0
        for j in range(k, min(len(self.lines), k + 12)):
            found = label_at(j)
            if found is None:
                continue
            if found[1].name and layout.compact(found[1].name) == layout.compact(name):
                return True
            seen += 1
            if seen >= within:
                break
        return False

    def _report(self, number: int, line: str, why: str) -> None:
        self.unplaced.append(Unplaced(number, line.strip(SPACES), why))


# an entry of a list of contents: a name or an item, leader dots, a topic or a page (no sentence)
# (not the ellipsis of speech trailing off: ……それは、検討中です……)
_CONTENTS = re.compile(r"[^。…・･‥.]{1,24}?(?:[・･]{3,}|‥{2,}|\.{4,})[^。…]{0,40}")
# a ditto mark in a column of labels, then the speech (a line never starts with 々 in
# Japanese typesetting)
_DITTO = re.compile(r"[々〃][ \t\u3000]+(?=\S)")


# the convening notice printed at the head of a sitting's minutes (香川県告示第…号 / 次の事件を
# 付議するため、…臨時会を…に招集する。)
_CONVENING = ("招集", "告示", "付議")
# a sentence as spoken (polite forms), not as written (…である。)
# …but a page's or a speed version's notice about the document is written so too
_NOTICE_WORDS = ("会議録", "速報", "表示", "掲載", "記載", "原稿", "校正", "正本", "表記", "ページ",
                 "ご覧", "ご注意", "ご了承", "御了承", "作成し", "公開", "閲覧", "ダウンロード", "ファイル",
                 # a site's own messages to its visitor (あなたは過去24時間に…回アクセスしました。)
                 "アクセス", "ご利用", "ご協力", "ログイン", "登録")
# a page telling what the speaker did (その初日に竹内市長は、…所信を表明しました。): the
# site's words above the speech, naming the speaker by name and office (or by the office, the
# text pointed at: 町長が次のとおり行政報告を行いました。), plainly — a member
# speaking of the mayor's words says 市長は…表明されました
_NARRATED = re.compile(r"[\u4e00-\u9fff]{2}(?:市長|知事|町長|村長|区長|議長)(?:は|が)、?[^。]{0,80}?"
                       r"(?:表明|説明|述べ|発表|報告|演説|答弁|挨拶|あいさつ)(?!され)[^。]{0,12}?(?:(?<!され)ました|た[^。]{0,20}です)。"
                       # (…or the office alone, pointing at the text below: 町長が次のとおり行政報告を行いました。)
                       r"|(?:市長|知事|町長|村長|区長|議長)(?:は|が)、?次のとおり[^。]{0,30}?"
                       r"(?:表明|説明|述べ|発表|報告|演説|答弁|挨拶|あいさつ)[^。]{0,12}?(?<!され)ました。"
                       # (…or the page saying what it holds: 令和5年度の施政方針を掲載しています。)
                       r"|[^。]{2,40}を掲載(?:しています|しております|します|しました|いたします)。")
# the words of sites' notices a speech's opening does not say (its listeners' ご協力 it may),
# and a page's words about the text it shows (…の全文を掲載します, …を作成しました)
_PAGE_OWN_WORDS = (*(w for w in _NOTICE_WORDS if w not in ("ご協力", "ご了承")), "全文", "作成")
# the prefectures, whose names spread over a line head a governor's speech (福 井 県)
_PREFECTURES = frozenset(
    "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 "
    "石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 "
    "岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県".split())
# what an official's row in a head's list holds after the office: a name and 君 (濱田徹君)
_ROSTER_ROW = re.compile(r"[\u3400-\u9fff々\u3041-\u30ff][\u3400-\u9fff々\u3041-\u30ff \u3000]{0,10}君")
# a head's business under its heading, as the agenda (本日の会議に付した事件 / 議事日程のとおり。)
_AS_THE_AGENDA = re.compile(r"(?:議事日程|日程)(?:のとおり|に同じ|記載のとおり)(?:である)?。?")
# a peer's title before the name (帝国議会's 貴族院: 伯爵溝口直亮)
_PEERAGE = re.compile(r"^(?:公爵|侯爵|伯爵|子爵|男爵)(?=\S{2})")
# the chair calling the next speaker (10番川畑哲哉君。, 知事仁坂吉伸君。)
_CALL = re.compile(r"(?:(?:次|続いて|引き続き|それでは|では|まず|最初に)[^。、，,]{0,10}[、，,][ \u3000]?[^。、，,]{0,12}?)?(?:[0-9０-９]{1,3}番)?[\u3400-\u9fff\u3041-\u30ff](?:[ \u3000]?[\u3400-\u9fff\u3041-\u30ff]){1,11}"
                   r"(?:君|議員|さん)(?:の(?:一般質問|質問|代表質問|発言|質疑|討論)を許します)?。")
# (5番新島 雄君。: a name with a space in it too; 次に、3番 林議員の一般質問を許します。)
_SPOKEN_END = layout.SPOKEN_END
# the record's or the page's own words on a line of their own (…別冊のとおりである。, ※以下、…,
# この会議録は…, お問い合わせは…)
_RECORDS_OWN = re.compile(r"^(?:[※＊*（(〔]|注[:：）)0-9０-９]|この会議録|本会議録|会議録の|お問い合わせ(?:先|は)"
                          r"|.{0,12}のとおり(?:である|とする)。$)")


def _lone_sentence_said(line: str) -> bool:
    """Is ``line``, one sentence set in on a line of its own, a speaker's (…申し上げます。, or
    a long sentence in the plain style: …運営要領についてである。) — not the record's account
    in the plain past (:data:`_RECORDED`, not polite: …を朗読した。; 起立する者、多数である。)
    nor the page's note?"""
    s = line.strip(SPACES)
    if not s.endswith(("。", "？", "！")) or _RECORDS_OWN.search(s) \
            or (_RECORDED.search(s) and not _POLITE.search(s)) or not re.search("[\u3041-\u3096]{2}", s):
        return False
    if len(_ENDS.findall(s)) > 1:      # (…several, each as it is said: ご異議ありませんか。ご異議なし…。)
        return all(_SPOKEN_END.search(x + "。") or x.endswith("か") for x in re.split("[。？！]", s)[:-1])
    return bool(_SPOKEN_END.search(s)) or (len(s) >= 24 and "、" in s)


_OPENERS = {"（": "）)", "(": "）)", "〔": "〕", "［": "］", "[": "]"}
_CLOSERS = "".join(set("".join(_OPENERS.values())))


# what sums up a list just read out: 以上のとおりであります, 以上３名を指名いたします, 以上でございます
# (not 以上の議案について…, which names what a printed table lists)
_SUMMING_UP = re.compile(r"以上(?:のとおり|[0-9０-９一二三四五六七八九十]+(?:名|人|件)|で(?:ございます|あります|す)(?:。|$))")
# a listed item said aloud: a member (山田太郎君, １番), a count (８票, ３名)
_LISTED_ITEM = re.compile(r"君|議員|さん|[0-9０-９一二三四五六七八九十]+(?:票|名|人|番)"
                          # …a bill or a petition (議案第３５号), an amount or a share (１億２，３４０万円, ４２％)
                          r"|(?:議案|請願|陳情|報告|発議|諮問|認定|承認|同意)第[0-9０-９一二三四五六七八九十]+号"
                          r"|[0-9０-９][0-9０-９，,．.]*[ \u3000]*(?:[万億千]|[万億千]?円|％|%|件|人|世帯|か所|箇所|校|台|回)")
# what announces a list read out next: 次のとおりでございます。, 次のとおり報告いたします。
_ANNOUNCES_LIST = re.compile(r"(?:次|以下)のとおり(?:で(?:ございます|あります|す)|となっております|報告いたします|申し上げます)?。$")
# the parts of a document read out besides its sentences: its title, date, addressee, signers
_DOCUMENT_PART = re.compile(r"(?![^。、，]{0,6}第[0-9０-９一二三四五六七八九十]+号)"   # (not the next item: 陳情第３号　…)
                            r"[^。、，]{1,40}(?:願|届|書|動議|決議|意見書|要望書|決議案|意見書案|陳情)"   # (its title)
                            r"|記"                                                  # (before its items)
                            r"|(?:令和|平成|昭和)[元0-9０-９一二三四五六七八九十]+年[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日"
                            r"|[^。、，]{2,30}(?:様|殿)"
                            r"|(?:提出者|賛成者|発議者|提案者)?[^。、，]{0,20}議員[^。、，]{1,12}"
                            r"|[同〃](?!上)[\u3400-\u9fff々\u3041-\u30ff]{2,8}"      # (the next signer under one: 同　中村和子)
                            # (a citizen's body signing: 青葉町上原地区自治会長　川端康夫)
                            r"|(?:陳情者|請願者|要望者|代表者)?[^。、，]{1,20}(?:会長|代表|代表者|理事長|組合長|区長)[^。、，\sのをにはがでと]{2,8}")


def _list_row(line: str) -> bool:
    """Could ``line`` be a row of a list read out: text, no rule, no speaker line, no
    sentence's end, no stage note, not the agenda's heading (日程第３　議案第１５号…)?"""
    return bool(line.strip(SPACES)) and not layout.is_blank(line) and not layout.split_marker(line)[0] \
        and not line.rstrip(SPACES).endswith(("。", "？", "！")) and not _BRACKETED.fullmatch(line.strip(SPACES)) \
        and not layout.agenda_item(line)


def _summed_up(lines: list[str]) -> set[int]:
    """Line numbers (1-based) of the lists a speech reads out and then sums up: the lines
    right above a ``以上のとおり…`` line up to the sentence before them, each a member, a
    count, a bill or an amount (山田太郎君　１２票, １番　佐藤剛君, 議案第３５号　…); and
    those under a sentence that announces them (次のとおりでございます。) that the speech
    goes on after (令和３年度　１億２，３４０万円 / このように、…)."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if not _SUMMING_UP.match(line.strip(SPACES)) or not re.search("[。、，]", line):
            continue      # (以上４名 alone under a roll of the attendance is no speech's sum)
        block: list[int] = []
        j = k - 1
        while j >= 0 and _list_row(lines[j]) and (_LISTED_ITEM.search(lines[j]) or len(layout.compact(lines[j])) <= 8):
            block.append(j + 1)
            j -= 1
        if block and j >= 0 and lines[j].rstrip(SPACES).endswith("。"):
            out.update(block)
    # …and the lists a speech announces (次のとおりでございます。) and reads, up to where it
    # goes on at its own indent (このように、…) or ends
    for k, line in enumerate(lines):
        if not _ANNOUNCES_LIST.search(line.rstrip(SPACES)):
            continue
        block = []
        for j in range(k + 1, min(len(lines), k + 40)):
            if not (_list_row(lines[j]) and _LISTED_ITEM.search(lines[j])):
                break
            block.append(j + 1)
        after = lines[block[-1]] if block and block[-1] < len(lines) else ""
        if block and after.strip(SPACES) and not layout.split_marker(after)[0] and not layout.is_blank(after) \
                and not _BRACKETED.fullmatch(after.strip(SPACES)) and not layout.is_inturn_heading(after) \
                and not layout.agenda_item(after) and re.search("[。、，]", after):
            out.update(block)      # (the speech goes on after it — not a rule, a note, a heading or
            #                         the next speaker: a printed table the turn ends on)
    return out


def _number_heads(lines: list[str]) -> bool:
    """Are the lines 発言番号N　LABEL the speeches' labels: does the speech below most of
    them go on without repeating the label?"""
    heads = repeated = 0
    for k, line in enumerate(lines):
        label = layout.numbered_head(line)
        if label is None:
            continue
        heads += 1
        nxt = next((l for l in lines[k + 1:k + 4] if l.strip(SPACES)), "")
        who = layout.compact(label.name or label.role or "")
        if who and who in layout.compact(nxt)[:layout.LABEL_MAX]:
            repeated += 1
    return heads > 0 and repeated < heads / 2


def _join_notes(lines: list[str], reach: int = 4) -> tuple[list[str], dict[int, str | None]]:
    """``lines`` with every note broken over up to ``reach`` line ends blanked out (the
    same lengths: offsets into the text stay right), and for the line (1-based) where each
    closes, the sound it makes (None for a note that is no sound: 登壇). A bracket opened
    and not closed on its line is such a note only if the whole group reads as one
    (:func:`_note`), exactly as it would on one line: （以下、別紙 / 参照） stays speech."""
    lines = list(lines)
    carried: dict[int, str | None] = {}
    for i, line in enumerate(lines):
        p = _unclosed(line)
        if p is None or len(line) - p > NOTE_MAX_LEN:
            continue
        closers = _OPENERS[line[p]]
        parts = [line[p:].rstrip(SPACES)]
        for k in range(i + 1, min(len(lines), i + 1 + reach)):
            nxt = lines[k]
            q = len(nxt) - len(nxt.lstrip(SPACES))
            c = next((j for j in range(q, min(len(nxt), q + NOTE_MAX_LEN)) if nxt[j] in closers), None)
            opened = any(ch in _OPENERS for ch in nxt[q:c if c is not None else len(nxt)])
            if opened or (c is None and len(nxt) - q > NOTE_MAX_LEN):
                break
            if c is None and (layout.is_blank(nxt) or layout.is_furniture(nxt)):
                continue          # a page break inside the note: its running head or number
            parts.append(nxt[q:c + 1 if c is not None else len(nxt)].strip(SPACES))
            if c is None:
                continue
            joined = "".join(parts)
            is_note, label = _note(joined)
            if not is_note and not line[:p].strip(SPACES) and not nxt[c + 1:].strip(SPACES) \
                    and len(joined) <= NOTE_MAX_LEN and joined[0] in "（(" and not _SPOKEN_END.search(joined) \
                    and not re.search("(?:ます|です|ください|ません)[）)]$", joined) \
                    and any(_note_word(layout.compact(joined[1:-1]), w) for w in ("投票", "開票", "点呼")):
                is_note, label = True, None     # (立会人の立会いの下に、 / 職員投票を計算): lines of its
                #                                 own, what happened, as on one line
            if is_note:
                lines[i] = line[:p] + " " * (len(line) - p)
                for m in range(i + 1, k):
                    if not layout.is_furniture(lines[m]):
                        lines[m] = " " * len(lines[m])
                lines[k] = " " * (c + 1) + nxt[c + 1:]
                carried[k + 1] = label
            break
    return lines, carried


# members named one after another: 1番あべゆうこ議員, 稲田かずひろ議員、村山ひろや議員
_NAME_READ = r"(?:[0-9０-９一二三四五六七八九十]{1,3}番)?[^\s。、,，（）()]{2,12}?(?:議員|君|さん|委員)"
_NAMES_READ = re.compile(rf"{_NAME_READ}(?:(?:[、,，]|及び|と){_NAME_READ})*[、,，]?")
# a stage note between dashes on a line of its own: −執行部退席−, ――市長登壇――
# (or between equals signs: =休憩 午前10時20分=, as 長崎市's 全員協議会 records print the clock)
_DASHED = re.compile(r"([ \t\u3000]*)([−－―‐\-─=＝]+)([^−－―‐\-─=＝]{1,30})([−－―‐\-─=＝]+)[ \t\u3000]*")
# …after a space, the note a short run of letters with no space or sentence end in it
_DASHED_INLINE = re.compile(r"(?:(?<=[）)][ \t\u3000])|(?<=[）)][ \t\u3000]{2}))()([−－―‐\-─]{1,2})([^−－―‐\-─\s。、]{1,20})([−－―‐\-─]{1,2})(?=[ \t\u3000]|$)")


# what makes the text between two rules a document printed into the minutes: its
# addressee (…議長　山本　愈　殿) and its title (審　査　報　告　書, 意見書, 請願書…) — a
# title alone may head a text read out (決議 after 〔事務局長朗読〕), which is said
_ADDRESSEE = re.compile(r".{1,30}[ \u3000]*殿|.{0,16}(?:議長|委員長)[ \u3000]*[^。、]{0,12}[ \u3000]*様")   # (…議長 岩 松 永 治 様)
_DOCUMENT_ENDS = ("報告書", "意見書", "請願書", "陳情書", "決議", "通知書", "要望書", "答申", "答申書")
_DOCUMENT_TITLE = re.compile(r"(?:委員会)?(?:審査|調査)?報告書|意見書|請願書|陳情書|決議|通知書|要望書|答申書?")
# an official letter's addressee (…議長 中島正義 様, …殿), its number (監査第一〇八四号, 佐議第１７２０号)
# and its sender's seal (佐賀県監査委員 久 本 智 一印)
_LETTER_TO = re.compile(r".{1,30}[ \u3000]*(?:殿|様)")
_LETTER_NUMBER = re.compile(rf"[\u3400-\u9fff]{{1,8}}第{layout._NUM}+号")
_SEALED = re.compile(r"[^。、]{2,40}[ \u3000]*[^ \u3000。、]印")
# a bill's submission line: 平成17年9月8日 提出 (the bill's text printed inside a speech)
_SUBMITTED = re.compile(rf"(?:令和|平成|昭和)(?:元|{layout._NUM}+)年{layout._NUM}+月{layout._NUM}+日[ \u3000]*提出")


def _documents(lines: list[str], reach: int = 60) -> set[int]:
    """Line numbers (1-based) of documents printed between two rules (a committee's
    審査報告書 between the chair's call and the report): a stretch of up to ``reach``
    lines after a rule, up to the next rule, with an addressee and a title line (or a
    bill's submission line and no sentence in spoken style) and no marked speaker line,
    is the document, not speech."""
    rules = [k for k, l in enumerate(lines) if l.strip(SPACES) and layout.is_blank(l)]
    found: set[int] = set()
    for a, b in zip(rules, rules[1:]):
        block = lines[a + 1:b]
        before = next((l for l in reversed(lines[:a]) if l.strip(SPACES)), "")
        if not block or b - a > reach or any(
                layout.split_marker(l)[0] or layout.parse_label(l, 0, loose=False) or layout.field_label(l)
                or "朗読" in l or "読み上げ" in l for l in block) or "朗読" in before or "読み上げ" in before:
            continue      # speaker lines in it, or a text read out: said
        def addressed(to: re.Pattern[str]) -> bool:
            return any(to.fullmatch(l.strip(SPACES)) and len(layout.compact(l)) <= 24 for l in block)

        if addressed(_ADDRESSEE) and any(
                (t := layout.compact(l)) and len(t) <= 30 and "。" not in t and _DOCUMENT_TITLE.search(t)
                and t.endswith(_DOCUMENT_ENDS) for l in block):
            found.update(range(a + 2, b + 1))
        elif addressed(_LETTER_TO) and any(
                _LETTER_NUMBER.fullmatch(layout.compact(l)) or _SEALED.fullmatch(l.strip(SPACES)) for l in block):
            # an official letter printed after the chair reports it (監査第一〇八四号 / date /
            # 佐賀県議会議長 … 様 / 佐賀県監査委員 … 印 / its title, text and 記): not said
            found.update(range(a + 2, b + 1))
        elif _printed_table(block) and before.rstrip(SPACES).endswith("。"):
            # a list or table printed after what the chair said (常任委員会委員名簿 between rules)
            found.update(range(a + 2, b + 1))
        elif any(_SUBMITTED.fullmatch(layout.compact(l)) for l in block) and not any(
                _SPOKEN_END.search(l) for l in block):
            # a bill as printed (…議会の承認を求める。 / 平成17年9月8日　提出 / 町長の名),
            # written, not spoken: not said
            found.update(range(a + 2, b + 1))
        elif before.rstrip(SPACES).endswith("。") and (filled := [l for l in block if l.strip(SPACES)]) \
                and 2 <= len(filled) <= 8 and all(len(layout.compact(l)) >= 16 for l in filled) \
                and not any(re.search("[。？！?!]", l) or _SPOKEN_END.search(l) or _SPOKEN_CLOSE.search(l)
                            or layout.heading_words(l) or layout.is_inturn_heading(l) or layout.agenda_item(l)
                            or layout.is_event(l) for l in filled):
            # a text printed after what the chair said of it, in the plain style and with no
            # full stop (衆議院's 表彰文: 議員…君は…努められた / よって衆議院は…これを表彰する)
            found.update(range(a + 2, b + 1))
    return found


# the title of a list or table the record prints (not said): 常任委員会委員名簿, 請願文書表
_PRINTED_TITLE = re.compile(r"(?:名簿|一覧表?|文書表|結果表|報告書|通告一覧|日程表|結果一覧)$")


def _printed_table(block: list[str]) -> bool:
    """Is ``block`` a list or table as the record prints it: under a title such as
    請願文書表 or 委員名簿, no sentence in it, no speaker line?"""
    filled = [l for l in block if l.strip(SPACES) and not layout.is_blank(l)]
    return bool(filled) and _PRINTED_TITLE.search(layout.compact(filled[0])) is not None \
        and len(layout.compact(filled[0])) <= 20 \
        and not any("。" in l or layout.split_marker(l)[0] for l in filled)


def _closing_block(lines: list[str], most: int = 6) -> set[int]:
    """Line numbers (1-based) of what stands after the last rule (or the sitting's end) at
    the end of the minutes, when it is a few lines with no sentence and no speaker line: the committee's name and
    its chair's signature (鎌倉市議会議会運営委員会 / 委員長 日向 慎吾), not speech."""
    rules = [k for k, l in enumerate(lines) if l.strip(SPACES) and layout.is_blank(l)]

    def signed(k: int) -> bool:
        return not ((layout.is_sentence(lines[k]) or "。" in lines[k] or layout.split_marker(lines[k])[0]
                     or layout.is_event(lines[k]) or layout.has_clause(lines[k]))
                    and not _SENDERS_CLOSING.fullmatch(lines[k].strip(SPACES)))

    # (also over an e-mail's signature rule: ──── / 以上、よろしくお願いいたします。 / -- / 議事係 / 高木)
    closing: set[int] = set()
    # (or after the sitting's end with no rule: ［午後３時26分　散会］ / 委員長　　　平山たかお,
    # 京都市会's committee record — an office and a name there sign it)
    closed = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip(SPACES)
                   and not layout.is_blank(lines[k]) and layout.is_event(lines[k])
                   and re.search("散会|閉会|延会|閉議", lines[k])), None)
    if closed is not None:
        after = [k for k in range(closed + 1, len(lines)) if lines[k].strip(SPACES) and not layout.is_blank(lines[k])]
        if after and len(after) <= most and all(map(signed, after)) and any(_signer(lines[k]) for k in after) \
                and not any(_SPOKEN_CLOSE.search(lines[k].strip(SPACES)) for k in after):
            return {k + 1 for k in after}
    for r, end in zip(reversed(rules), [len(lines), *reversed(rules)]):
        part = [k for k in range(r + 1, end) if lines[k].strip(SPACES)]
        # (or a table printed after the last speech, under its title: 請願文書表, 委員名簿)
        limit = max(most, 80) if part and _printed_table([lines[k] for k in part]) else most
        if not part or len(closing) + len(part) > limit or not all(map(signed, part)):
            break
        closing.update(k + 1 for k in part)
    if closing:
        return closing
    # …or, between rules, a sender's closing and signature with a telephone number (the
    # minutes pasted with the e-mail they came in: ----- / 以上、よろしくお願いいたします。 /
    # ****** / 議会事務局 議事係 / TEL 0123-45-6789): no speaker line in it
    found: set[int] = set()
    for r in reversed(rules):
        block = [k for k in range(r + 1, len(lines)) if lines[k].strip(SPACES) and not layout.is_blank(lines[k])]
        if not block:
            continue
        if len(block) > most + 2 or any(layout.split_marker(lines[k])[0] or layout.parse_label(lines[k], 0, loose=False)
                                        for k in block) \
                or not any(_CONTACT.search(lines[k]) and "。" not in lines[k] for k in block):
            break       # (a speaker line in it, or the number said in a sentence: speech)
        found = {k + 1 for k in block}
    return found


# a sender's closing under the minutes they sent (以上、よろしくお願いいたします。)
_SENDERS_CLOSING = re.compile(r"(?:以上[、，]?[ \u3000]*)?(?:どうぞ)?(?:よろしく|宜しく)お願い(?:いた|致)?します。?|以上です。?")
# a line of a sender's signature: a telephone or fax number, an address, the clerk in charge
_CONTACT = re.compile(r"(?:TEL|ＴＥＬ|Tel|電話|FAX|ＦＡＸ|Fax|内線)[ \u3000:：.．]*[0-9０-９（(]"
                      r"|E-?mail|メール[:：]|[\w.+-]+@[\w-]+\.[\w.]+|担当[:：]")


# a rule with the text that came after it on the same line (a flowing copy's ──── ◯委員長…)
_RULE_BEFORE_TEXT = re.compile(r"(?m)^[ \t\u3000]*([─━―]{2,}|[~〜～]{6,}|[-−－]{10,})[ \t\u3000─━―~〜～]*"
                               r"(?=[^ \t\u3000─━―~〜～\-−－\n])")
_BOX_DRAWN = re.compile("[│┃├┤┬┴┼┌┐└┘┏┓┗┛┠┨┯┷┿║]")


# a character a PDF's bold overprint gave twice, alone (○○議議長長) or a space between
# (○ ○議 議長 長): the start of a line read so
_DOUBLED = re.compile(r"(?m)^[ \t\u3000]*((?:(\S)\2){3,}|(?:(\S) \3){3,})")


def _undoubled(text: str) -> str:
    """``text`` with each line's start that a bold overprint doubled (a label, a heading:
    ○○議議長長（（山山田田太太郎郎君君））, ◎◎一一般般質質問問) read once."""
    def once(m: re.Match[str]) -> str:
        run = m.group(1)
        single = run[::2] if m.group(2) else run[::3]
        if len(set(single)) < 3 or len(re.findall("[\u3041-\u30ff\u3400-\u9fff]", single)) < 2:
            return m.group()      # (a rule, ――――――, ○○○○ or ○○△△×× masking names: no words)
        return m.group()[:m.start(1) - m.start()] + single
    return _DOUBLED.sub(once, text)


_CID = re.compile(r"\(cid:\d{1,6}\)")


def _uncid(text: str) -> str:
    """``text`` with a PDF's glyphs that map to no character ((cid:8712)) as 〓, the
    printers' mark for a character not at hand — at a line's start before a label, the
    speaker's marker (a symbol font's ○)."""
    if "(cid:" not in text:
        return text
    lines = []
    for line in text.split("\n"):
        lead = _CID.match(line.lstrip(SPACES))
        if lead is not None:
            at = len(line) - len(line.lstrip(SPACES))
            rest = _CID.sub("〓", line[at + lead.end():])
            if layout.parse_label(rest, 0, loose=True) is not None:
                line = line[:at] + "○" + line[at + lead.end():]
        lines.append(_CID.sub("〓", line))
    return "\n".join(lines)


# a label with no marker flowed into a line of speech (a search system that writes its
# labels without one, copied flat): a surname and an office after a sentence's end and one
# space (or the link to the search's hits), two spaces after it
_FLOWED_BARE_LABEL = re.compile(r"(?:(?<=[。？！?!」）)])|(?<=ヒット[)）]))( )([\u3400-\u9fff々]{2,14})(?=  (?! ))")


def _unmarked_flow(text: str) -> str:
    """``text`` with each line that holds at least three labels with no marker flowed into
    it (香川県議会 on an aggregator: ``▼最初のヒットへ(全 0 ヒット) 新田委員長  これより、…を開始
    いたします。 鏡原委員  私からは1点、… 椋田総務部長  香川県…``) broken before each: the
    space before a label becomes the line's break (the offsets stay). A label here is a
    surname of one to four kanji and an office, one space before it, two after it — speech
    sets two spaces between its sentences."""
    if "  " not in text:
        return text
    out = list(text)
    pos = 0
    for line in text.split("\n"):
        if len(line) >= 200:
            found = []
            for m in _FLOWED_BARE_LABEL.finditer(line):
                word = m.group(2)
                if any(layout.is_role(word[i:]) and len(word) - i >= 2 for i in range(1, min(5, len(word) - 1))):
                    found.append(m.start(1))
            if len(found) >= 3:
                for at in found:
                    out[pos + at] = "\n"
        pos += len(line) + 1
    return "".join(out)


# a bill named in a sentence that goes on after it: with 及び (…について 及び) or with は、 and
# the sentence's end (…について は、…決しました。)
_ITEM_IN_SENTENCE = re.compile(rf"{layout._AGENDA_ITEM}[ \u3000]*[^。]{{2,80}}?(?:[ \u3000]*(及び|並びに)"
                               rf"|[ \u3000]*は[、，][^。]*。)")
# a line that ends as a clause that must go on into a noun (…の規定に基づく / 専決処分として、…):
# no heading ends so
_ATTRIBUTIVE_END = re.compile(r"(?:に基づく|による|に関する|に係る|に対する|に伴う|における|についての|のための)$")
# the items read out, taken up together (以上両案を一括して議題といたします。 / 以上３件を一括議題とします。)
_TAKEN_UP = re.compile(rf"以上(?:[^。]{{0,20}}?(?:を一括|議題)|(?:{layout.NUM}+|両|各|全|の)"
                       r"(?:件|案|議案|請願|陳情))[^。]*。")
# a speaker saying he reports (a committee chair: その審査の結果を御報告いたします。)
_REPORTS = re.compile(r"報告(?:いたします|します|申し上げます|を申し上げます)。")
# a name alone with its honorific, as a heading names a questioner (村西 作雄君)
_NAME_ALONE = re.compile(r"((?:[\u3400-\u9fff々〆ヶ]{1,5}[ \u3000]?){1,2}[\u3400-\u9fff々〆ヶ\u3041-\u3096]{0,4})"
                         r"[ \u3000]?(?:君|議員|さん|氏)")
# the link a search system gives each speech, run onto its last line when the page is
# copied (the Diet's: …決しました。発言のURL:https://kokkai.ndl.go.jp/…): spaces, the offsets kept
# (…or a site's link to the whole speech after an excerpt of it: …対策...全文を見る)
_UNLINKED = re.compile(r"(?m)(?<=\S)[ \t\u3000]*(?:発言の?(?:URL|ＵＲＬ)[:：][ \t\u3000]*\S+|(?:\.{2,}|…+)?全文を見る)"
                       r"[ \t\u3000]*$")
# …and its link to the search's hits where the record flows on after it on its line (福井県議会
# on an aggregator: ↓ 最初のヒットへ(全 0 ヒット) 1 ◯田中(敏)委員長  ただいまから…): the line is
# not the link's alone — the link goes, and the record opens a line of its own
_HIT_LINK = re.compile(r"(?m)^[ \t\u3000]*[▼▲↓↑][ \t\u3000]*(?:最初|次|前)のヒットへ"
                       r"(?:[(（]全[ \t\u3000]*[0-9０-９]+[ \t\u3000]*ヒット[)）])?(?=[ \t\u3000]+[0-9０-９]{1,4}[ \t\u3000]+[%s]"
                       # (…a speech, not a heading alone: ↓ 最初のヒットへ(全 0 ヒット) 1 ◎ 開 会 is the
                       # link's line as before)
                       r"[^\n]*。)" % MARKERS)
# a vertical bar an OCR or a copy out of a scanned table leaves on a line of text
_BARS = "|｜│┃"
_BARRED_LINE = re.compile(f"(?m)^.*[{_BARS}].*$")


def _unbarred(text: str) -> str:
    """``text`` with the stray bars on a line of text made spaces (the offsets stay): at
    the line's start or end (a scan's table rule read as ``|``) or straight after a
    speaker's label (○議長（村井敏夫君）｜　これより…) — not a table's row, with a bar
    between its cells. A line opening with a bar was taken for a box table's and dropped
    unsaid."""
    out = list(text)
    for m in _BARRED_LINE.finditer(text):
        line = m.group()
        bars = [k for k, ch in enumerate(line) if ch in _BARS]
        rest = "".join("\u3000" if ch in _BARS else ch for ch in line)
        first = len(line) - len(line.lstrip(SPACES))
        last = len(line.rstrip(SPACES)) - 1
        marker, at = layout.split_marker(rest)
        label = layout.parse_label(rest, at, loose=True) if marker else None
        if label is None and _to_top(rest):
            for k in bars:      # BACK |: a table-laid page's link to its head, its cell read flat
                out[m.start() + k] = "\u3000"
            continue
        if label is None and (not re.search("[。？！?!]", rest) or (first in bars and last in bars)):
            continue            # (a rule, a box's border, a title or a note in a box: no speech)
        if all(k in (first, last) or (label is not None and k < label.speech_at) for k in bars):
            for k in bars:
                out[m.start() + k] = "\u3000"
    return "".join(out)


_BILL_ITEM = re.compile(r"第[0-9０-９一二三四五六七八九十百]+号|議案|報告第|請願|陳情|議第|発議|認定第|承認第|諮問第")


def _between_rules(lines: list[str], most: int = 40) -> set[int]:
    """The numbers (1-based) of the lines between two rules (───── , -------) that hold no
    sentence's end and no marked line: a list the record sets apart (the items a sitting
    takes up together), not said."""
    rules = [k for k, line in enumerate(lines) if line.strip(SPACES) and layout.is_blank(line)]
    out: set[int] = set()
    for a, b in zip(rules, rules[1:]):
        inner = [k for k in range(a + 1, b) if lines[k].strip(SPACES)]
        if not inner or b - a > most:
            continue
        if any(_ENDS.search(lines[k]) or layout.split_marker(lines[k])[0] for k in inner):
            continue
        # (…items, not a count read out, 投票総数　２０票; and the turn does not go on after it)
        if not any(_BILL_ITEM.search(lines[k]) for k in inner):
            continue
        after = next((lines[k] for k in range(b + 1, len(lines)) if lines[k].strip(SPACES)), "")
        if after and not layout.split_marker(after)[0] and not layout.is_blank(after) \
                and (after[:1] in SPACES or layout.is_sentence(after)):
            continue
        out.update(k + 1 for k in inner)
    return out


def _unruled(text: str) -> str:
    """``text`` with a line break (for the rule's last character or the space after it:
    the offsets stay) after a rule that opens a line with a speaker line or a sentence
    after it: a box table's rule opens a line too, and the line was taken for furniture,
    the speech on it dropped unsaid."""
    out = list(text)
    for m in _RULE_BEFORE_TEXT.finditer(text):
        line_end = text.find("\n", m.end())
        line = text[m.start():line_end if line_end >= 0 else len(text)]
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if _BOX_DRAWN.search(line):
            continue
        marker, at = layout.split_marker(rest)
        # (a speech may open with a dash, ――ちょっと失礼しました。: only a box-drawn rule
        # runs into a sentence)
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if (marker and layout.parse_label(rest, at, loose=True) is not None) or (
                "―" not in m.group(1) and len(m.group(1)) >= 4 and re.search("[。？！?!]", rest)) or (
                # (…or the text a note before it says is read out: 〔藤田次長朗読〕 / ───── 福祉保健…)
                len(m.group(1)) >= 4 and layout.reader_note(before) is not None) or (
                len(m.group(1)) >= 8 and not re.search("[。？！?!]", rest)
                and (layout.is_item_heading(rest) or layout.is_inturn_heading(rest))):
            # (…or the next item's heading: ~~~~~~~~  第62号議案, a flowing copy cut before its rule)
            # the break for the space after the rule where there is one (the rule kept whole)
            out[m.end() - 1] = "\n"
    return "".join(out)


def _dashed_note(line: str) -> str:
    """``line`` with a note between dashes written as one in brackets (the same length:
    offsets stay right), on a line of its own or after a space (○３番（宮川雅子） -登壇-
    通告に従い…); a line that is no note (－12－, a rule) is left as it is."""
    m = _DASHED.fullmatch(line)
    if m:
        return _dash_note_bracketed(line, m) if _dashed_is_note(m.group(3)) else line
    if not any(d in line for d in "−－―‐-─"):
        return line
    for m in _DASHED_INLINE.finditer(line):
        if _dashed_is_note(m.group(3)):
            line = _dash_note_bracketed(line, m)
    return line


def _dashed_is_note(inner: str) -> bool:
    return _note(f"（{inner}）")[0] or any(_note_word(layout.compact(inner), w) for w in WEAK_NOTE_WORDS) \
        or layout.is_event(inner)     # −休憩 午前10時20分−, =閉会 午前10時40分=


def _dash_note_bracketed(line: str, m: re.Match[str]) -> str:
    lead, left, inner, right = m.group(1), m.group(2), m.group(3), m.group(4)
    return (line[:m.start()] + lead + " " * (len(left) - 1) + "（" + inner + "）" + " " * (len(right) - 1)
            + line[m.end(4):])


def _role_without_name(role: str | None, name: str) -> str | None:
    """``role`` without the speaker's own name before the office (a table's speaker cell:
    木村議長 / （木村君）, the surname before the office and again in brackets below): the
    office alone. Only the whole name of two characters or more (総務部長（総務太郎君）
    and 林業振興課長（林君） keep their offices)."""
    if not role or not name:
        return role
    c, n = layout.compact(role), layout.compact(name)
    k = len(n)
    if k >= 2 and len(c) > k + 1 and c.startswith(n) and layout.is_role(c[k:]) and not layout.is_member_number(c[k:]) \
            and not c[k:].endswith(layout.BRANCH_OFFICES):
        return c[k:]     # (大島支所長　大島君: the 大島 branch's head, who is named 大島 too)
    return role


def _unclosed(line: str) -> int | None:
    """Where the last bracket of ``line`` that opens a note and is not closed stands. A
    bracket is closed only by its own kind: in 〔議会改革特別委員長田島茂洋君) — a copy that
    lost the （ before the name — the 〔 is still open, its 登壇〕 on the next line."""
    depth = dict.fromkeys(_CLOSERS, 0)
    for j in range(len(line) - 1, -1, -1):
        ch = line[j]
        if ch in _CLOSERS:
            depth[ch] += 1
        elif ch in _OPENERS:
            mine = next((c for c in _OPENERS[ch] if depth[c]), None)
            if mine is None:
                return j
            depth[mine] -= 1
    return None


def _is_note_line(rest: str) -> bool:
    """A stage note standing alone after a marker: ○（村長登壇）, ○〔大堀　武町長退席〕, and
    the floor answering as one (○全　　員　（異　議　な　し）)."""
    rest = rest.strip(SPACES)
    floor = re.match(rf"(?:全[{SPACES}]*員|一[{SPACES}]*同)[{SPACES}]*(?=[（(〔])", rest)
    if floor:
        rest = rest[floor.end():]
    m = _BRACKETED.fullmatch(rest)
    return m is not None and _note(m.group())[0]


# how the record itself writes, in the past or the passive (…を指名した。, …可決された。), or a
# bill's text printed in it (…を次のように定める。, …に改める。, …から施行する。)
_RECORDED = re.compile(r"(?:した|された|れた|あった|なった|った|定める|改める|施行する|加える|削る)。[ \t\u3000]*$")


def _polite_speech(line: str | None) -> bool:
    """Is ``line`` speech as it is said (です・ます), no label in front: a speaker's own
    numbered points (１．子育て支援について / 　…について伺います。), not the record's
    summary of an item (…が決定された。)?"""
    return bool(line) and not layout.split_marker(line)[0] and _POLITE.search(line) is not None \
        and not re.search(r"(?:され|れ|となり)ました。", line)   # (…諮り、了承されました。: the record's)


def _read_out(before: str | None, nxt: str | None, after_a_name: bool = True) -> bool:
    """Is a name standing alone between ``before`` and ``nxt`` one a speaker reads out in a
    list (選挙管理委員には、 / 小林　正夫君 / 山田　和子君 / を指名いたします。): after a clause
    left open, (``after_a_name``) after another such name, or before a particle?"""
    b = (before or "").rstrip(SPACES)
    return b.endswith(("、", "，", ",")) or (after_a_name and _alone_label(b)) \
        or (nxt is not None and layout._PARTICLE_START.match(nxt.lstrip(SPACES)) is not None)


def _alone_label(line: str) -> bool:
    """Is ``line`` a person's label and nothing else (小林　正夫君, 総務課長　村井明君)?"""
    s = line.strip(SPACES)
    label = layout.parse_label(s, 0, loose=True) if s else None
    return label is not None and bool(label.name) and not s[label.speech_at:].strip(SPACES)


def _person_note(line: str) -> bool:
    """A person's name and office and a note of what they did, nothing said (大村研二
    議会事務局次長 (資料に基づき説明), 佐藤市長（登壇）)."""
    m = re.search(r"[（(〔][^（(〔）)〕]{1,30}[）)〕][ \t\u3000]*$", line)
    if m is None or not (_is_note_line(m.group()) or _ACTION_NOTE.fullmatch(m.group().strip(SPACES))):
        return False
    who = line[:m.start()].strip(SPACES)
    label = layout.parse_label(who, 0, loose=True) if who else None
    return label is not None and bool(label.role and label.name) and not who[label.speech_at:].strip(SPACES)


def _name_line(label: Label, nxt: str) -> str:
    """The name of a role-only label written on the line after it (``大園健朗君``), or ""."""
    if label.name or not label.role or layout.is_member_number(label.role) or nxt[:1] in SPACES \
            or label.role in ("議長", "副議長", "委員長", "副委員長", "会長", "副会長"):
        return ""
    c = nxt.strip(SPACES)
    name, honorific = layout.strip_honorific(c)
    return name if honorific in ("君", "さん", "氏", "様") and layout.is_name(name) else ""


_CALLED = ("君", "議員", "さん", "氏", "様")
# the chairs a record may name by office alone: a label of one of them alone at the margin
# over indented speech is the chair's turn (中野区's committee records: 主査, 委員長)
_CHAIRS = ("議長", "副議長", "委員長", "副委員長", "主査", "副主査", "座長", "副座長", "会長",
           "副会長", "分科会長", "臨時議長", "仮議長", "臨時委員長", "小委員長")


def _cell_label(line: str, before: str, after: list[str]) -> Label | None:
    """The label of a line that is an office, a name and office (松林議長) or a seat and
    surname (５番中村) and nothing else, standing after a sentence's end (or a title), with
    speech (or the name in brackets) on one of the two lines ``after`` it; else None."""
    c = layout.compact(line)
    if line[:1] in SPACES or not 2 <= len(c) <= 14 or layout.has_clause(c) or re.search(r"[（()）「」【】〔〕]", c) \
            or layout.heading_words(c) or layout.is_event(c) or layout.is_item_heading(line):
        return None
    b = before.strip(SPACES)
    if b and not b.endswith(_SENTENCE_END) and layout.has_clause(b) and len(layout.compact(b)) >= 15 \
            and not re.search(rf"[^{SPACES}][{SPACES}]+[^{SPACES}]", b):
        return None       # a wrapped sentence goes on (not a header's row: 傍聴議員 …議員、…議員)
    if _read_out(b, after[0] if after else None, after_a_name=False):
        return None       # names read out (署名議員は、… / １番　田中一郎君 / ２番　佐藤花子君 / を指名いたします。)
    if after and layout.heading_words(after[0]):
        return None       # a row of the head over its next list's statement (2番 政田 太 / 2 地方
        #                   自治法第121条により出席した者の職氏名は,次のとおりである。)
    summed = bool(after) and _UNWRITTEN.fullmatch(after[0].strip(SPACES)) is not None
    if not summed and not any(_speech(a) or _called_in_brackets(a) or (
            layout.has_clause(a) and len(layout.compact(a)) >= 15 and not _names_only(a.split(maxsplit=1)[-1]))
            for a in after[:2]):
        return None       # (not 委員 勝田武、加山健次、中田誠: the attendance table's next row;
        #                   but 山本市民環境局長 / (欠席職員の報告): a speech the record sums up)
    seat = re.fullmatch(r"([0-9０-９]{1,3}番)([\u4e00-\u9fff々]{1,4})", c)
    if seat:
        return Label(text=line.strip(SPACES), role=seat.group(1), name=seat.group(2),
                     speech_at=len(line.rstrip(SPACES)))
    label = layout.parse_label(line, 0, loose=True)
    if label is None or line[label.speech_at:].strip(SPACES) or not label.role or (
            summed and not label.name and not any(_speech(a) for a in after[1:2])):
        return None       # (町長 / （補正予算の説明） / 今回の…: the office's speech, under its note)
    return label


# what a page's margin says happened, on the first line of the speech (東峰村: 開 会 議 長 …)
# …or the agenda item it begins (紀北町: 日程第２ 入江康仁議長 次に、…)
_MARGIN_EVENT = re.compile(r"[ 　]*(?:開[ 　]*会|閉[ 　]*会|散[ 　]*会|休[ 　]*憩|再[ 　]*開|開[ 　]*議|延[ 　]*会"
                           rf"|(?:追加)?日程第?{layout._NUM}+)[ 　]+(?=\S)")


# a sentence that announces what follows it (…は次のとおりです。, …について申し上げます。): the
# numbered lines after it are read out
_ANNOUNCES = re.compile(r"(?:次の|以下の)?とおり(?:です|であります|でございます)。$|申し上げます。$|伺います。$|"
                        r"次の.{0,12}(?:です|であります|ございます|伺います|お諮りします)。$")


# a speech that announced a list (次の3点を伺います。), and its items so far with no sentence's end:
# an item standing left of the speech goes on with it (① コミュニティバスの…について)
_LISTED_AFTER = re.compile(r"(?:次|以下)の[^。]{0,16}(?:です|であります|でございます|ございます|伺います|質問いたします|"
                           r"質問します|申し上げます|お尋ねします|お聞きします)。[^。？！]*$")
# an item of a list by its number or letter (①, （１）, １．, ア　)
_LIST_ITEM = re.compile(r"[ \t\u3000]*(?:[①-⑳]|[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[．.、 \u3000]"
                        r"|[ア-ンa-zａ-ｚ][．.、 \u3000])")
# a speech announcing the list it reads out next, by its count (…論点は、次の３点です。)
_ANNOUNCES_ITEMS = re.compile(r"(?:次|以下)の(?:[0-9０-９一二三四五六七八九十]+|いくつか|幾つか)(?:点|項目|つ)[^。]{0,12}"
                              r"(?:です|であります|でございます|ございます|伺います|質問いたします|質問します|申し上げます)。$")
# what an agenda item's heading ends with, never a topic a speaker lists (◎提案理由の説明, ◎議席の指定)
_AGENDA_ITEM_END = re.compile("(?:説明|演説|設置|指定|変更|撤回|議決|提出|省略|選挙|報告|一括議題|同意|承認|認定)$")
# an amount, as minutes print a minus before it (△１億２，０００万円)
_AMOUNT = re.compile("[0-9０-９][0-9０-９,，.．]*(?:億|万|千|円|％|%|ポイント)")


def _office_alone(c: str) -> bool:
    """Is ``c`` an office, with or without its holder's surname (河村農林水産企画課長), and
    nothing else?"""
    label = layout.parse_label(c, 0, loose=True)
    return label is not None and bool(label.role) and label.speech_at >= len(c)


def _name_cell(line: str) -> str | None:
    """The name of a line that is only a name in brackets, called (（佐藤篤君）) or bare and
    letter-spaced as a table's cell spreads it (( 小 川 正 人 )), or None."""
    m = re.fullmatch(r"[（(]([^（()）]{1,20})[）)]", line.strip(SPACES))
    if m is None or _note(m.group())[0]:
        return None       # （　起　立　多　数　）: a note
    name, honorific = layout.strip_honorific(m.group(1).strip(SPACES))
    if honorific in _CALLED and layout.is_name(name):
        return layout._unspaced(name)
    spread = name.split()
    if not honorific and len(spread) >= 3 and all(len(p) == 1 and layout.is_kanji(p) for p in spread):
        return "".join(spread)
    return None


def _called_in_brackets(line: str, honorifics: tuple[str, ...] = _CALLED) -> bool:
    """Does ``line`` start with a name and one of ``honorifics`` in brackets (（佐藤篤君）)?"""
    m = re.match(r"[（(]([^（()）]{1,20})[）)]", line.lstrip(SPACES))
    return m is not None and layout.strip_honorific(m.group(1))[1] in honorifics


# an office with its charge in brackets, as a head's list of officials writes it
# (子ども教育部副参事(子育て支援担当)、…, 政策室副参事（予算担当）)
_CHARGED_OFFICE = re.compile(r"[^\s（()）、]{2,30}[（(][^（）()]{1,30}(?:担当|事務取扱|兼務)[）)]")


def _speaks(line: str) -> bool:
    """Is ``line`` (under a label alone) speech: kana in a clause, not a roster's row, a
    heading or an agenda line (１ 追加提出案件について)?"""
    s = line.strip(SPACES)
    return _says(line) and not layout.split_marker(line)[0] and not layout.is_item_heading(line) \
        and not layout.is_inturn_heading(line) and not layout.heading_words(s) \
        and not ((row := layout.parse_label(s, 0, loose=True)) is not None and not s[row.speech_at:].strip(SPACES))


def _person_alone(text: str) -> bool:
    """Is ``text`` one person's name and nothing else, as a roster writes it (石濱 良行,
    岩永 しほ子, 勝山隆之君, a surname alone where the line broke: 白土)?"""
    t = text.strip(SPACES)
    named = re.fullmatch(r"([\u3400-\u9fff々〆ヶ]{2,6}|[\u3400-\u9fff々〆ヶ]{1,5}[ \u3000][^\s]{1,6})(?:君|氏|さん)", t)
    m = re.fullmatch(r"([\u3400-\u9fff々〆ヶ]{1,5})(?:[ \u3000][\u3400-\u9fff々〆ヶ\u3041-\u3096\u30a1-\u30f6ー]{1,6})?", t)
    # (a surname alone only where the dictionary knows it as one: not 検討中, a summary's
    # answer; with its honorific, any: 勝山隆之君)
    return named is not None or (m is not None and not layout.is_role(t)
                                 and (" " in t or "\u3000" in t or layout.may_be_surname(t)))


def _names_only(text: str) -> bool:
    """Is ``text`` a list of two or more people's names (勝田武、加山健次、中田誠) and nothing
    else?"""
    parts = [p for p in re.split(f"[、，,・{SPACES}]+", text.strip(SPACES)) if p]
    return len(parts) >= 2 and all(
        layout._BARE_NAME.fullmatch(p) and not layout.is_role(p) and not layout.strip_honorific(p)[1]
        for p in parts) and any(ch in text for ch in "、，,・")


def _office_above(line: str) -> str | None:
    """The office ``line`` holds and nothing else (``議 長``, ``副 町 長``, also after a
    bracketed heading: ``＜議事の経過＞ 議 長``), or None."""
    m = re.fullmatch(rf"(?:[＜<〈][^＞>〉]*[＞>〉])?[{SPACES}]*((?:[^{SPACES}][{SPACES}]*){{2,8}})", line.strip(SPACES))
    office = layout.compact(m.group(1)) if m else ""
    if not office or re.search("[\u3041-\u3096（）()「」。、]", office) or not layout.is_role(office) \
            or layout.strip_honorific(office)[1]:
        return None
    return office


def _next_filled(lines: list[str], k: int, reach: int = 3) -> str:
    """The first line after ``lines[k]`` with text, within ``reach`` lines ("" if none): a
    saved page's paragraphs come with a blank line between them."""
    return next((l for l in lines[k + 1:k + 1 + reach] if l.strip(SPACES)), "")


def _says(text: str) -> bool:
    """Is ``text`` (after a label) something said, not the next cell of a roll (kana or a
    sentence's end, and not another label and nothing more)?"""
    return bool(re.search("[\u3041-\u3096。]", text)) and not _roster_row(text)


def _chair_calls(label: Label, text: str) -> bool:
    """Is ``text`` after the chair's label (no name) the chair calling the next speaker by
    office or as a member (議 長 福祉課長, 議 長 石橋議員: PDF minutes that give the call a line
    of its own, without 。) rather than the next cell of a roll?"""
    who = layout.parse_label(text.strip(SPACES), 0, loose=True)
    return label.role in _CHAIRS and not label.name and who is not None and len(text.split()) == 1 \
        and who.speech_at >= len(text.strip(SPACES)) and bool(who.role) and not layout.is_member_number(who.role)


# a note that stands for a speech given but not written down: （説明）, （挨拶）, （理事者紹介）,
# (4月1日付人事異動に伴う議会局職員紹介)
_UNWRITTEN = re.compile(r"[（(〔][^（）()〔〕]{0,30}?(?:説明|挨拶|あいさつ|報告|紹介|答弁|省略)[）)〕]")
_AGENDA_TITLE = re.compile(r"[\u4e00-\u9fff々０-９0-9]{2,10}(?:の[\u4e00-\u9fff々０-９0-9]{1,10}"
                           r"|報告|決定|宣告|指名|選挙|質問|議題|採決|討論|質疑|説明|上程|延会|散会|閉会|開会|開議)")
# a note on the record itself, written plainly (※以下、この…の表記は省略する。); a ※ line in
# polite speech (※以下、金額は千円単位で表記しております。) is read out, so said
_POLITE = re.compile("(?:ます|です|ました|でした|ません|ください)")
_EDITORS_NOTE = re.compile(r"※(?![印マのがはを])[^。]{0,40}(?:表記|省略|会議録|記録|取り消|取消|訂正|削除|以下同じ)")
_ASK = re.compile(rf"(?:再[再々]?)?質?問[{SPACES}]+(?=\S)")        # at the margin: not a survey's 　問　… read out
_ANSWER = re.compile(rf"答弁?[{SPACES}]+\S")


def _asker(turns: list) -> "_TurnBuilder | Turn | None":
    """The last turn (built or being built) of a member: who asks a newsletter's 問."""
    for t in reversed(turns):
        role = t.role or ""
        if layout.is_member_number(role) or role.endswith(layout.MEMBER_ROLES):     # 議員, 委員, …議員
            return t
    return None


_LINE_NUMBER = re.compile(r"[ \u3000]{0,4}([0-9０-９]{1,5})(?:[ \u3000\t]|$)")


def _numbered_lines(lines: list[str]) -> bool:
    """Are the lines numbered one by one in a margin (1, 2, 3 … before most lines with text)?"""
    numbers = [int(m.group(1)) for l in lines if l.strip(SPACES) and (m := _LINE_NUMBER.match(l))]
    # (a page's number and running head are printed outside the numbered lines)
    filled = sum(1 for l in lines if l.strip(SPACES) and not (layout.is_furniture(l) or layout.is_sitting_title(l)))
    steps = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return len(numbers) >= 5 and len(numbers) >= 0.8 * filled and steps >= 0.8 * (len(numbers) - 1)


# how a sentence goes on in the line after a title it reads out, whatever ended before it
_TITLE_GOES_ON = ("を議題", "を一括議題", "について", "に関する", "につき", "を行い", "を行います")
# how the line after a title read out in a sentence goes on (陳情第３号　… / について、…)
_GOES_ON = ("について", "に関", "に対", "を", "に", "は", "の", "が", "と", "から", "にも", "も", "及び", "並びに", "、")
# what else a sentence goes on with after a line spread letter by letter (…報 告 / でお示し…)
_SPREAD_GOES_ON = ("で", "へ", "より", "や", "として", "まで")
# …and a topic's particles (…改正する条例 / については、…に付託したいと思います。)
_TOPIC_PARTICLES = ("については", "につきましては", "に関しては", "に対しては", "においては")
_SPREAD_NOT = re.compile("でき|やむ|やは|やっ|やが")     # (できるだけ, やむを得ず: a word, not a particle)
_OPENER = re.compile("(?:では|でも)[、，,]")              # (a sentence's opener: では、説明いたします。)


def _goes_on_spread(following: str) -> bool:
    """Does ``following`` (compacted) go on with the sentence of a line spread letter by
    letter above it (を 求 め ま す 。, でお示ししたとおり…), not open a sentence of its own?"""
    return following.startswith(_GOES_ON + _SPREAD_GOES_ON) and not _OPENER.match(following) \
        and not _SPREAD_NOT.match(following)


# a date or a sitting's day with no bracket before it is a heading only where no sentence
# goes on from it
_OPENING_BRACKETS = "【〔［[（(<＜"
# where a speech's line leaves its sentence open: a comma or a particle (…署名者として: its
# て, the names read out on the lines below)
_OPEN_END = ("、", "，", ",", "に", "は", "を", "が", "と", "で", "も", "の", "へ", "て")
# a clock after a speech on its line: 暫時休憩します。　　午前１１時５８分休憩
_TRAILING_EVENT = re.compile(
    rf"(?<=[。？！」）])(?:[{SPACES}]{{2,}}|(?=(?:午前|午後)[^。]{{2,12}}分[^。]{{2,4}}$))[（(〔]?(?:午前|午後)?[0-9０-９一二三四五六七八九十〇]{{1,3}}時"
    rf"(?:[0-9０-９一二三四五六七八九十〇]{{1,3}}分)?(?:休憩|再開|散会|延会|閉会|閉議|開議|開会)[）)〕]?[{SPACES}]*$")


# what a site says of its pages and records (このページでは、…会議録を掲載しています。)
_SITE_SAYS = re.compile(r"このページ|本ページ|当ページ|会議録|掲載|公開して|ホームページ|閲覧")
# the head of a site's page, copied with the record's text on it
_PAGE_BEGINS = re.compile(r"ページの先頭です|メニューを飛ばして本文へ|本文へ(?:移動|スキップ|ジャンプ)|印刷用ページを表示")


# a line that ends as speech ends, its full stop written or not (…を行います)
_SPOKEN_CLOSE = re.compile(layout.SPOKEN_WORDS + r"[。？?！!]?$")
_SAID_UNPUNCTUATED = re.compile(layout.SPOKEN_WORDS + r"$|^[0-9０-９]{1,3}番[ \u3000、]*[^ \u3000]{2,8}(?:議員|君)$")


# a speaker and the time they spoke in the recording, then the speech or nothing (see _Walk.stamped)
# (the file told by times with seconds; a line of it may give minutes and seconds only, 01:08)
def _stamped(seconds: str) -> re.Pattern[str]:
    return re.compile(rf"[{SPACES}]*([^{SPACES}。、？！()（）\[\]［］0-9０-９:：/／]{{1,14}}[0-9０-９]{{0,3}})[{SPACES}]+"
                      rf"[(（\[［]?[0-9]{{1,2}}:[0-9]{{2}}{seconds}[)）\]］]?(?:[{SPACES}]+|$)")


_STAMPED, _STAMPED_HMS = _stamped("(?::[0-9]{2})?"), _stamped(":[0-9]{2}")


def _stamp_names(who: str) -> bool:
    """Does the word before a time name who speaks (議長, 教育部長, 山田花子, 話者2,
    SPEAKER_01) — not what happened then (開会, 地震発生, 避難指示)?"""
    if layout.SERVICE_SPEAKER.fullmatch(who):
        return True
    if layout.is_event(who) or layout.heading_words(who):
        return False
    label = layout.parse_label(who, 0, loose=True)
    return label is not None and label.speech_at >= len(who) and (
        layout.is_role(label.role or "") or layout._is_full_name(label.name or ""))


# a rule after a sentence on its line, and what follows it with no sentence (an item's heading)
# (not ―― or ——: a pause or an aside inside a speech, ――ちょっと失礼しました)
_TRAILING_RULE = re.compile(rf"(?<=[。？！」）])[{SPACES}]{{2,}}[─━‐－\-=＝◇◆]{{8,}}(?:[{SPACES}]+([^。？！?!]*))?[{SPACES}]*$")


# …that names who speaks: what ends like a person or a role, told apart by a letter or a
# number (住民Ａ, 公述人１, ファシリテーター, 事務局（子育て支援課　高橋）)
_PERSON_TOKEN = re.compile(r"(?:者|人|員|民|長|官|役|係|局|師|生|ター|ナー|タント)(?:[Ａ-ＺA-Z０-９0-9]{1,2})?(?:[（(].*[）)])?$")
# a short name before a colon at the margin: 住民Ａ：, 公述人２（山本　一郎）： (also an office and a
# name in square brackets, a colon between, 【議長：丹沢敏夫】 of 大潟村, inside a flowing line: a
# second definition of this name for those, written before this one, was never in force, and is gone)
_COLON_LABEL = re.compile(r"([^\s：:。、「」（()）]{1,12}(?:[（(][^：:。、（()）]{1,16}[）)])?)[：:][ \u3000]*(?=\S)")


def _ends_sentence(line: str) -> bool:
    """Does ``line`` (the line before a speaker line, "" for none) end where a speech may?"""
    line = line.rstrip(SPACES)
    return not line or line.endswith(_SENTENCE_END) or not layout.is_sentence(line)


def _roster_row(text: str) -> bool:
    """Is ``text`` (after a label) another label and nothing said: no kana, no sentence end
    (２番 奥 輝人 議員 in a roll of members, 向井 渉 議会事務局長 in one of officials)?"""
    text = text.strip(SPACES)
    return bool(text) and not re.search("[\u3041-\u3096。？！?!]", text) \
        and layout.parse_label(text, 0, loose=True) is not None


def _speech(line: str | None) -> bool:
    """Is this (the line after a label standing alone) speech: a sentence, or indented?"""
    if line is None:
        return False
    c = layout.compact(line)
    return layout.is_sentence(line) or (line[:1] in SPACES and layout.has_clause(line)) or (
        len(c) >= 4 and c.endswith(("。", "？", "?", "！")))      # お答えします。


def _is_topic(heading: str) -> bool:
    """A topic a speaker announces inside a turn (防災備蓄について, ２　子育て支援), not an
    agenda item (日程第２…, 理事補欠選任の件, 会議録署名議員の指名)."""
    c = layout.compact(heading)
    ends = tuple(e for e in layout.HEADING_ENDS if e != "について")
    return bool(c) and not c.startswith(layout.HEADING_STARTS) and not c.endswith(ends)


# a number and a name: a viewer's head over a speech (see _Walk._numbered_heads; the
# Diet's search viewer: 001・山中正和)
_NUMBERED_HEAD = re.compile(r"[0-9０-９]{1,4}(?:[.．・][ 　]*|[ 　]+)([^\s。、，,．.（()）]{1,12}(?:[ 　][^\s。、，,．.（()）]{1,8})?)")


def _same_person(full: str, named: str) -> bool:
    """Is ``full`` (a head's full name: 森下一郎) the person a label names ``named`` — the
    same name, the surname alone (衆議院: ○森下内閣総理大臣), or the surname and the
    given name's initial (○佐藤（雄）委員)?"""
    full = unicodedata.normalize("NFKC", "".join(full.split()))
    named = unicodedata.normalize("NFKC", "".join(named.split()))
    initialed = re.fullmatch(r"(.+)\((.)\)", named)
    if initialed:
        named = initialed.group(1) + initialed.group(2)
    return full == named or (len(full) - len(named) in range(1, 5) and full.startswith(named))


def _who(label: Label) -> tuple[str, str]:
    """A label's speaker as one list or card and the speech's own label both write it
    (5番（山口恵） and ５番（山口恵君）, 議長（田中　一郎） and 議長（田中一郎君））."""
    return (unicodedata.normalize("NFKC", label.role or ""),
            unicodedata.normalize("NFKC", "".join(label.name.split())))


def _pattern_label(line: str, m: re.Match[str]) -> tuple[str, Label]:
    groups = m.groupdict()
    text_at = m.start("text") if groups.get("text") is not None else m.end()
    marker = line[:1] if line[:1] in MARKERS else ""
    label_text = line[len(marker):text_at].strip(SPACES) or m.group(0).strip(SPACES)
    role = (groups.get("role") or "").strip(SPACES) or None
    name = (groups.get("name") or "").strip(SPACES)
    name = layout.strip_honorific(name)[0] if name else ""
    return marker, Label(text=label_text, role=role, name=name, speech_at=text_at)


def _strip_notes(line: str) -> str:
    return _BRACKETED.sub("", line)


def _width(s: str) -> int:
    """Display width: 1 for ASCII and half-width kana, 2 for the rest (full width)."""
    return sum(1 if ord(ch) < 0x80 or "\uff61" <= ch <= "\uff9f" else 2 for ch in s)


def _indent(line: str) -> int:
    """Indentation width: a full-width space or a tab counts 2, a half-width space 1."""
    width = 0
    for ch in line:
        if ch not in SPACES:
            break
        width += 1 if ch in " \u00a0\u2002\u2004\u2005\u2006\u2007\u2008\u2009\u200a" else \
            0 if ch in "\f\v\u200b\u2060\ufeff" else 2
    return width


def _speech_indent(lines: list[str]) -> int:
    """The usual indent of speech lines (those with 。 and no marker): 0 or 2 mostly."""
    widths = [_indent(l) for l in lines if "。" in l and not layout.split_marker(l)[0]]
    if not widths:
        return 0
    common = max(set(widths), key=widths.count)
    if common <= 4:
        return common
    # a deeper indent only where most speech lines have it (八幡平市: each paragraph after the
    # first five full-width spaces in)
    return common if common <= 12 and len(widths) >= 2 and widths.count(common) >= 0.6 * len(widths) else 0


def _open_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """The long lines with no marker, and those of them that end neither a sentence nor
    a clause (trailing spaces cut)."""
    long = [l.rstrip(SPACES) for l in lines if len(l.strip(SPACES)) >= 20 and not layout.split_marker(l)[0]]
    return long, [l for l in long if not l.endswith(_SENTENCE_END + ("、", ",", "，"))]


def _wrap_width(open_: list[str]) -> int:
    """The length most lines broken inside a sentence (:func:`_open_lines`) have: a printed
    line's, full (0 when there are too few such lines to tell)."""
    if len(open_) < 3:
        return 0
    lengths = [len(l) for l in open_]
    return max(set(lengths), key=lengths.count)


def _is_wrapped(lines: list[str]) -> bool:
    """Are lines hard-wrapped inside sentences (a PDF's text pasted into a file)?

    Yes when most long lines neither end a sentence nor a clause and many share one
    length, as the lines of a printed page do.
    """
    long, open_ = _open_lines(lines)
    if len(long) < 5 or len(open_) < 0.4 * len(long):
        return False
    top = _wrap_width(open_)
    return sum(abs(len(l) - top) <= 1 for l in open_) >= 0.5 * len(open_)


def _to_top(line: str) -> bool:
    """A page's link to its head alone on a line (PAGE TOP, ▲ Back to Top, BACK)."""
    stripped = line.strip(SPACES)
    return len(stripped) <= 30 and (re.sub(r"[\s▲△↑^＾]", "", stripped).lower() in _TO_TOP
                                    or _UP_LINK.fullmatch(stripped) is not None)


def _is_footer(line: str) -> bool:
    stripped = line.strip(SPACES)
    if layout.compact(stripped) in ("発言者索引", "発言者別索引", "索引"):
        return True       # 発　言　者　索　引: a volume's index of speakers after the last sitting
    if stripped.startswith(FOOTER_NOTICES) or _CERTIFIED.match(stripped):
        return True
    if "。" in stripped:
        return False
    if stripped.startswith(FOOTER_STARTS):
        return True
    if len(stripped) > 30 or "、" in stripped:
        return False      # お問い合わせへの対応を含め改善を図ることが…: a wrapped line of speech
    if stripped in _BUTTONS or _BACK_LINK.fullmatch(stripped):
        return True       # 印刷: a page's buttons; 議会トップへ戻る, 会議録目次へ: its links back
    cells = stripped.split()
    if len(cells) >= 2 and all(c in _BUTTONS or c in _SEARCH_BUTTONS or c in FOOTER_WORDS for c in cells):
        return True       # 前の発言<TAB>次の発言<TAB>前を検索<TAB>次を検索: a row of buttons copied
    return any(stripped.startswith(w) and (len(stripped) == len(w) or stripped[len(w)] in " \u3000\t|｜/／・>＞:：へ")
               for w in FOOTER_WORDS)


# ---------------------------------------------------------------------------- speech

def _note(bracketed: str) -> tuple[bool, str | None]:
    """Is this bracketed group a note, and if so the Sound label it makes (or None)."""
    inner = bracketed[1:-1]
    stage = bracketed[0] in "〔［["
    spaced = re.sub(f"[{SPACES}]", "", inner)     # （賛　成　者　起　立）
    # half-width katakana as some towns' staff type it: （ﾁｬｲﾑ）
    words = [w for w in NOTE_WORDS if _note_word(unicodedata.normalize("NFKC", spaced), w)]
    bare = inner.strip(SPACES)
    spread = _SPREAD_NOTE.fullmatch(bare) is not None     # letter-spaced to fill a column
    if spread and (bare.replace("　", " ").count(" ") >= 2 or spaced in _BARE_NOTES):   # （な し）
        bare = spaced                   # （異　議　な　し）: read as its words
    if not stage and _ABSENT.fullmatch(bare):
        return True, None           # （金澤博議員、金子廣司議員　欠席）: who is away
    if not stage and _SWITCH_NOTE.fullmatch(unicodedata.normalize("NFKC", spaced)):
        return True, None
    if not stage and _ROOM_SOUND.fullmatch(unicodedata.normalize("NFKC", spaced)):
        return True, f"（{bare}）"
    if not stage and ((bare.startswith(("※", "＊", "*", "注:", "注：")) and len(bare) >= 4) or _CHARACTER_NOTE.fullmatch(bare)) \
            and len(bracketed) <= NOTE_MAX_LEN:
        return True, None           # (※「崎」は「たつさき」), （「高」は「はしご高」）: the editor's note on a
        #                             character of a name, not said
    if not stage and _ATTENDANCE.fullmatch(bare):
        return True, None           # (出席議員、休憩前と同じ10名): who is present, noted
    if not stage and _NODDING.fullmatch(bare):
        return True, None           # （首肯する委員あり）: members nodding, noted (a council's record)
    if not stage and (_SHOWN.fullmatch(bare) or _ALL_TOGETHER.match(bare)):
        return True, f"（{bare}）" if "「" in bare else None
    if not stage and (bare in _BARE_NOTES or _CLOCK.fullmatch(bare) or _VOICE.fullmatch(bare)
                      or _CLOCK_NOTE.fullmatch(bare)):
        heard = _BARE_NOTES.get(bare, not (_CLOCK.fullmatch(bare) or _CLOCK_NOTE.fullmatch(bare)))
        return True, f"（{bare}）" if heard else None
    long_ok = _LONG_NOTE.match(bare) is not None or bare.startswith("休憩中")   # what was said off the record
    if not stage and (not words or (len(bracketed) > NOTE_MAX_LEN and not long_ok)):
        return False, None
    # a stage note quoting what was called out is a voice from the floor: 〔「おはようございます。」の声起こる〕
    sound = any(NOTE_WORDS[w] for w in words) or (
        stage and re.search(r"「[^」]+」(?:の|と)?(?:声|呼|言|叫)", bare) is not None)
    if spread:
        bare = spaced                   # （拍　手） → （拍手）
    return True, f"（{bare}）" if sound else None


_EDITORS_MARK = re.compile(r"[※＊*]|注[:：]|「[^「」]{1,2}」は")
_CHARACTER_NOTE = re.compile(r"「[^「」]{1,2}」は、?「[^「」]{1,12}」(?:の字)?(?:です|である)?")
_ATTENDANCE = re.compile(r"(?:出席|欠席)(?:議員|委員)(?:数)?[、，は ]?[^（()）。]{0,16}?[0-9０-９一二三四五六七八九十]+(?:名|人)")
_NODDING = re.compile(r"(?:首肯|うなず[きく]|頷[きく])(?:する)?(?:委員|議員|者|人)(?:多数|全員)?(?:あり|多数)?")
_SPREAD_NOTE = re.compile(f"(?:[^{SPACES}][{SPACES}]+)+[^{SPACES}]")


def _note_word(inner: str, word: str) -> bool:
    """Does ``word`` stand in ``inner`` as a word of a note (not 再開 of 再開発)?"""
    at = inner.find(word)
    while at >= 0:
        after = inner[at + len(word):at + len(word) + 1]
        if not after or not layout.is_kanji(after) or after in _NOTE_GOES_ON:
            return True
        at = inner.find(word, at + 1)
    return False


@dataclass
class _TurnBuilder:
    """Mutable accumulator for one turn; :meth:`build` freezes it into a :class:`Turn`."""

    speaker: str
    name: str
    role: str | None
    marker: str
    chars: list[str] = field(default_factory=list)
    source: list[int] = field(default_factory=list)
    sounds: list[Sound] = field(default_factory=list)
    paragraphs: list[int] = field(default_factory=list)
    reading: bool = False        # a report or text read out (〔藤田次長朗読〕): no headings in it
    spaced: bool = False         # the file spaced every character: its short lines too

    def add(self, line: str, start: int, speech: bool, new_paragraph: bool = True) -> None:
        """Add one source line starting at ``start``; with ``speech=False`` only its sounds.
        ``new_paragraph=False`` continues the last paragraph (a hard-wrapped line)."""
        kept: list[int] = []            # offsets in line of the speech characters
        sounds: list[tuple[int, str]] = []   # (number of kept chars before it, label)
        pos = 0
        bare = line.strip(SPACES)
        if bare and _VOICE.fullmatch(bare):
            # a voice from the floor on a line of its own without brackets (「異議なし」の声):
            # a note as （「異議なし」の声）, not the speech of the turn before it
            label = _note(f"（{bare}）")[1]
            if label:
                self.sounds.append(Sound(at=len(self.chars), label=label))
            return
        for m in _SPEECH_NOTE.finditer(line):
            is_note, label = _note(m.group()) if m.group()[0] not in "<&━*" else (True, None)
            if m.group()[0] == "*":
                # (…only where the speech after it announces it: not the bullets of a list
                # read out, 次の2件です。 *子ども食堂支援事業  *学習支援事業)
                is_note = line.startswith(m.group()[1:5], m.end() + 2)
            # (opening the line or a sentence, and ending the line too)
            opens = not line[:m.start()].strip(SPACES) or line[:m.start()].rstrip(SPACES).endswith(_SENTENCE_END)
            apart = opens and (not line[m.end():].strip(SPACES)    # (…and only notes after it: （表彰状の伝達）（拍手）)
                               or _NOTES_ONLY.fullmatch(line[m.end():].strip(SPACES)) is not None)
            if not is_note and m.group()[0] in "（(" and (apart or (opens and line[m.end():m.end() + 1] in tuple(SPACES))) \
                    and layout.REMOTE_NOTE.fullmatch(unicodedata.normalize("NFKC", layout.compact(m.group()[1:-1]))):
                is_note = True          # （オンライン）　よろしく…, …ますか。(映像が止まる): how one takes part
                #                         (not （オンライン）申請の件数…: a word of the sentence)
            if is_note and (not opens or layout._PARTICLE_START.match(line, m.end())) and m.group()[0] in "（(" \
                    and _EDITORS_MARK.match(m.group()[1:-1].strip(SPACES)):
                is_note = False         # …（「崎」は「たつさき」）と書くのが…: said where the sentence goes on
            if not is_note and opens and m.group()[0] in "（(" and _UNWRITTEN.fullmatch(m.group()) \
                    and not layout._PARTICLE_START.match(line, m.end()):
                is_note = True          # …を再開いたします。(説明員を報告) 直ちに…: what the chair had done
            if not is_note and apart and m.group()[0] in "（(" and len(m.group()) <= NOTE_MAX_LEN and (
                    _CLOCK_ALONE.fullmatch(m.group()) or _SUMMARY_HEADING.fullmatch(layout.compact(m.group()))
                    or any(_note_word(layout.compact(m.group()[1:-1]), w) for w in WEAK_NOTE_WORDS)):
                is_note = True          # 開会します。(午前10時00分), …願います。（投票）: what happened
            if not is_note:
                continue
            kept.extend(range(pos, m.start()))
            pos = m.end()
            if m.group()[0] not in "<&":
                # spaces around a note between two sentences are layout (御覧ください。
                # (パネルを提示) 委員の…), as at a line's ends
                blank = len(kept)
                while blank and line[kept[blank - 1]] in SPACES:
                    blank -= 1
                if blank == 0 or line[kept[blank - 1]] in _SENTENCE_END:
                    del kept[blank:]
                    while pos < len(line) and line[pos] in SPACES:
                        pos += 1
            if label:
                sounds.append((len(kept), label))
            if m.group() == "&amp;":    # text the page showed: its & stays (source[i] is "&")
                kept.append(m.start())
        kept.extend(range(pos, len(line)))
        if not speech:
            kept = []
        if letter_spaced(line, 2 if self.spaced else 8):
            # お は よ う ご ざ い ま す 。: a copy that spaced every character (a PDF viewer's)
            kept = [i for i in kept if line[i] != " "]
        if "\f" in line:
            kept = [i for i in kept if line[i] != "\f"]     # a page break inside a sentence (Word's text)
        for m in _INLINE_PAGE.finditer(line):
            # a page's number a PDF's text put inside the sentence its page broke (ただいまから
            # －　１－会議を開きます。, 本巣市): a space inside it says it is no range (１－２)
            if (line[:1] == "\u3000" and not line[:m.start()].strip(SPACES)) \
                    or re.search(r"[0-9０-９,，.．A-Za-zＡ-Ｚａ-ｚ][ \u3000]*$", line[:m.start()]) \
                    or (re.search(r"の[ \u3000]*$", line[:m.start()]) and re.match("を|[にはがでのとも](?:[^\u3041-\u3096]|ご)", line[m.end():])):
                continue    # (nor opening an indented line: 　－ １ －　防災行政無線の…, a list said;
                #             nor a page cited, 資料の － ５ － をご覧ください: の then a particle)
            kept = [i for i in kept if not m.start() <= i < m.end()]
        # Leading and trailing spaces are layout, also around a removed note.
        lead = next((k for k, i in enumerate(kept) if line[i] not in SPACES), len(kept))
        if lead + 1 < len(kept) and line[kept[lead]] in "*-•‣・" and line[kept[lead + 1]] in " \t\u3000":
            # * 土日の運行: a list's item as a text export writes it (Google Docs), its bullet not said
            lead = next((k for k in range(lead + 1, len(kept)) if line[kept[k]] not in SPACES), len(kept))
        if not self.chars and (clock := _MARGIN_CLOCK.match("".join(line[i] for i in kept[lead:lead + 16]))):
            lead += clock.end()     # ○議長(西山和樹君) 午前 9時00分 本日は…: the margin's clock a PDF's text
            #                         set after the label, not said
        if not self.chars and "".join(line[i] for i in kept[lead:lead + 3]) in ("登壇＝", "登壇="):
            lead += 2       # ◎田中花子君(拍手)登壇=皆様…, ◎知事(山本祥一君)登壇=… (佐賀県議会): 登壇 and its sign
        if not self.chars and lead < len(kept) and line[kept[lead]] in "＝=":
            # ○二十番（田中花子君）（登壇）＝おはようございます。: the sign between the label
            # and the speech, not said
            lead = next((k for k in range(lead + 1, len(kept)) if line[kept[k]] not in SPACES), len(kept))
        while len(kept) > lead and line[kept[-1]] in SPACES:
            kept.pop()
        end = len(kept)
        while end > lead and line[kept[end - 1]] in SPACES + "|｜":
            end -= 1
        if end < len(kept) and (end == lead or line[kept[end - 1]] in _SENTENCE_END):
            del kept[end:]      # …中村議員。 〔…登壇〕 | |: a table's empty cells after the speech
        kept = kept[lead:]
        base = len(self.chars)
        for at, label in sounds:
            self.sounds.append(Sound(at=base + min(max(at - lead, 0), len(kept)), label=label))
        if kept:
            if new_paragraph or not self.paragraphs:
                self.paragraphs.append(base)
            self.chars.extend(line[i] for i in kept)
            self.source.extend(start + i for i in kept)

    def drop_from(self, source: int) -> None:
        """Forget the characters from source offset ``source`` on (a line read as speech
        that turned out to be the next label's)."""
        keep = sum(1 for q in self.source if q < source)
        del self.chars[keep:], self.source[keep:]
        self.sounds = [x for x in self.sounds if x.at <= keep]
        self.paragraphs = [p for p in self.paragraphs if p < keep]

    def text_so_far(self) -> str:
        return "".join(self.chars[-80:])

    def build(self) -> Turn:
        return Turn(
            speaker=self.speaker, name=self.name, role=self.role, marker=self.marker,
            text="".join(self.chars), source=tuple(self.source), sounds=tuple(self.sounds),
            paragraphs=tuple(self.paragraphs) or (0,),
        )


# ---------------------------------------------------------------------------- script

def script(m: Minutes) -> tuple[str, list[int]]:
    """The turns' texts concatenated (what is aligned) and where each turn starts."""
    offsets, pos = [], 0
    for t in m.turns:
        offsets.append(pos)
        pos += len(t.text)
    return "".join(t.text for t in m.turns), offsets


def turn_at(offsets: list[int], index: int) -> int:
    """The turn holding character ``index`` of the script (turns without text are
    skipped: they share their offset with the next turn)."""
    return max(0, bisect.bisect_right(offsets, index) - 1)
