"""What one line of minutes is: a speaker line, a heading, page furniture, or text.

Japanese assemblies write their minutes in a few hundred house styles, but they are
built from a small set of parts, and this module knows the parts rather than the
styles:

* a **speaker line**: an optional marker (:data:`MARKERS`), then a *label* — a role
  and/or a name — then the speech on the same line (after a space, a colon or a closing
  bracket) or on the next lines. Labels come as ``議長（佐藤篤君）``, ``議長(佐藤篤)``,
  ``議長（清野一榮議員）``, ``１８番（山田太郎君）``, ``（塚谷委員長）``, ``【議長】``,
  ``関谷 博君``, ``佐藤市長``, ``白石孝雄 議長``, ``大 下 議 長`` (letter-spaced PDFs),
  ``議長``, ``議長　佐藤篤``…; see :func:`parse_label`.
* a **heading**: agenda items, attendance lists, the session's date and place, known by
  their words (:data:`HEADING_STARTS`, :data:`HEADING_ENDS`), not merely by failing the
  speaker test;
* an **event line**: ``午前11時30分休憩``, ``（午後１時再開）``, ``散会　午後４時10分``;
* **furniture**: page numbers (``－12－``, ``- 12 -``), running heads of PDF exports,
  tables drawn with box characters, markup left in exported text (``<br>``, page
  markers).

Role and name are kept apart. Where a label runs a surname into an open-ended role
(``坂田総合政策部長``) the split is the dictionary's (SudachiPy, already used for readings)
guess of where the person's name ends; with no dictionary the role is kept whole.

Everything here works on one line (plus, for running heads, on line counts), so each
rule can be tested alone; :mod:`sync.minutes` walks the lines and builds the turns.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .text import CLAUSE_BREAK, dictionary, tokenizer

MARKERS = "○〇◯●◆◇◎△□■"
# circles some files write for the marker (a symbol font's ⚪, ⚫, ◉, ⭕): a marker before a
# label only — elsewhere a bullet of the speech (⚫防災計画について伺います。)
SYMBOL_MARKERS = "⚪⚫◉⭕◍"
# (and an OCR's or a font's reading of ○: O, o, 0, a small circle or degree sign, a bullet;
# 。, which never starts a line of typeset Japanese)
LOOKALIKE_MARKERS = SYMBOL_MARKERS + "OoＯｏ0０◦∘⚬°゜ﾟ•∙⭘。"
SPACES = (" \t\u3000\u00a0\f\v"   # half-width, tab, full-width, no-break space; a form feed
          # (pdftotext's page break, before a page's first line); en, em, thin spaces
          # (&ensp; &emsp; of web pages); zero-width spaces and a BOM inside the text
          # (&#8203; before a marker, exports joined into one file)
          "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2060\ufeff")
COLONS = "：:"
SLASHES = "/／"    # 議長/皆さんおはようございます。: a speed version copied onto a web page

# Honorifics after a name. 議員 and 委員 are also member roles (○山田委員): as the last
# word of an unbracketed label they become the role, inside brackets the honorific.
HONORIFICS = ("議員", "委員", "君", "さん", "氏", "様")
# Words a role ends with. A role is any short run of kanji/kana ending with one of these
# (総合政策部長, 予算決算常任委員長, 上下水道事業管理者), or a member number (１８番).
ROLE_SUFFIXES = (
    "議長", "委員長", "会長", "分科会長", "理事長", "知事", "市長", "町長", "村長", "区長", "教育長",
    "局長", "部長", "課長", "室長", "所長", "署長", "次長", "館長", "園長", "校長", "院長",
    "消防長", "本部長", "センター長", "事務長", "参事", "理事", "監事", "主幹", "主査",
    "係長", "班長", "管理者", "担当", "監", "委員", "議員", "大臣", "長官", "政務官",
    "参考人", "公述人", "証人", "提出者", "発議者", "答弁者", "事務総長", "審議官",
    "統括官", "総裁", "顧問", "専門員", "書記", "幹事", "助役", "収入役",
    "代理者", "代理", "補佐", "主事", "参与", "技監", "主任", "調整官", "専門官", "司会",
    "理事者", "説明員", "交流員", "協力隊員", "支援員", "相談員",
    "出納長", "庁長", "座長",
    "場長",       # the head of a market, a plant, a farm (○矢田部市場長: 東京都議会)
    "陳情者", "請願者",   # a petitioner stating the case (○田中陳情者)
    "分科員",     # a member of a Diet budget subcommittee (○坂井（隆）分科員)
    "分科会員",   # …and of a city's budget committee's section (◆分科会員(岡本守正): 碧南市)
    "陳述人", "陳述者",   # who states a petition's case at a hearing (○佐藤陳述人)
    "参事官", "監察官", "書記官", "事務官", "技官",
    "補佐官",     # a mayor's aide, a CIO's (○市長補佐官, ○ＣＩＯ補佐官)
    "管理官",     # a ministry's (○山本民事法制管理官: 法制審議会), a fire or police department's
    "当局者", "補佐人",   # the Diet's ○会計検査院当局者（…君）, ○政府特別補佐人（…君）
    "連合長", "企業長", "組合長",   # the head of a 広域連合, an 企業団, a 一部事務組合
    "審議員",     # a prefecture's officer of a department's policy (○中川審議員; not 中川審 + 議員)
)
# Titles that stand whole after a surname (○佐藤市長, ○山口副委員長): the split between
# name and role is certain. For other roles (○坂田総合政策部長) it is a guess.
TITLES = (
    "議長", "委員長", "会長", "分科会長", "理事長", "知事", "市長", "町長", "村長", "区長", "教育長",
    "事務局長", "消防長", "管理者", "会計管理者", "委員外議員", "委員", "議員", "理事", "参事", "監事",
    "助役", "収入役", "出納長", "広域連合長", "企業長", "組合長",
    # offices whose name ends like a shorter title (trial 138): the head of a public
    # enterprise (林病院事業管理者: not 林病院事業 + 管理者), the chairs of the executive's
    # commissions and their secretariat (関農業委員会会長, 谷公平委員会委員長, 堀監査委員事務局長),
    # a petition's introducing member (島田紹介議員)
    "病院事業管理者", "水道事業管理者", "下水道事業管理者", "上下水道事業管理者", "交通事業管理者",
    "ガス事業管理者", "電気事業管理者", "工業用水道事業管理者", "公営企業管理者", "企業管理者",
    "農業委員会会長", "農業委員会長", "公平委員会委員長", "公平委員長", "選挙管理委員会委員長",
    "選挙管理委員長", "教育委員会委員長", "人事委員会委員長", "監査委員事務局長", "紹介議員",
    # the offices of special committees and their sub-bodies (trial 147: ○大橋主査 and
    # ○石川分科員 of a Diet budget subcommittee, ○植木座長 of a budget committee's first
    # sitting, a stand-in chair ○大橋委員長代理, a subcommittee's ○森小委員)
    "主査", "主査代理", "座長", "座長代理", "分科員", "委員長代理", "小委員長", "小委員",
    "分科委員長", "分科委員", "分科会員",
    "審議員",     # trial 153: ○三木審議員, an officer, not a member named 三木審
)
TITLE_PREFIXES = ("副", "仮", "代表", "監査", "臨時", "年長")     # 年長委員: the eldest presiding
# what an office covers, written after it in brackets: words joined by ・ (企画・給付), no name
_SPHERES = re.compile("[\u3400-\u9fff々]{1,8}(?:・[\u3400-\u9fff々]{1,8})+")
# The kind of remark some committee records put before the speaker: ◯質疑(石津委員),
# ◯答弁(水道課長) (広島県議会)
REMARK_KINDS = ("質疑", "質問", "答弁", "要望", "意見", "説明", "報告", "問", "答")
# …and as records join them (◯意見質疑(佐野委員), ◯要望質疑(…), ◯再質問(…), ◯関連質問(…))
# (◯要望・質疑(石田委員): two kinds joined by a middle dot)
REMARK_KIND = re.compile("(?:(?:要望|意見|再々?|関連)[・･]?)?(?:" + "|".join(REMARK_KINDS) + ")"
                         "(?:[・･](?:" + "|".join(REMARK_KINDS) + "))?")
# Roles that begin like a heading of the attendance lists (議会事務局長, 説明員, 委員外議員)
ROLE_HEADS = ("議会事務局", "事務局", "説明員", "委員外")
MEMBER_ROLES = ("議員", "委員")
# Words that say what kind of speaker follows, not the office (○理事者（総務部長）,
# ○説明員　総務課長　佐藤恵子君): the office after them is the role.
# who may speak named by what they are, with no office or name (○説明員　お答え…)
# citizens at a council's report meeting (議会報告会, 意見交換会), and a board all at once
CITIZENS = ("参加者", "質問者", "住民", "市民", "町民", "村民", "区民", "来場者", "委員一同")
STANDALONE_ROLES = ("理事者", "説明員", "執行部", "当局", "答弁者", "説明者", "執行機関",
                    "請願者", "陳情者", "陳述人", "陳述者", "紹介議員", "提案者", "発議者", "参考人", "公述人",
                    "通訳", "通訳者") + CITIZENS + (     # (○通訳　…: a witness's words, interpreted)
    # the chair and members of a children's or students' assembly (○ 子ども議長 ただ今から…:
    # 麻績村's 子ども議会), not a member named 子ども
    "子ども議長", "こども議長", "子供議長", "子ども副議長", "こども副議長", "子ども議員", "こども議員",
    "子供議員", "少年議長", "少年議員", "中学生議長", "中学生議員", "高校生議長", "高校生議員",
    "生徒議長", "生徒議員", "学生議長", "学生議員")
CATEGORIES = ("理事者", "説明員", "執行部", "当局", "答弁者", "説明者", "出席者", "執行機関",
              "番外")     # 番外: one who speaks but has no seat number (番外 三田町長, ○番外（町長）)
# How the name of a party or a council group (会派) ends: 自由民主党, 市民クラブ,
# 立憲民主・無所属の会, 公明党市議団, 新政会. Beside a member's name it is no part of it.
GROUP_ENDS = ("党", "クラブ", "倶楽部", "会派", "無所属", "の会", "ネット", "ネットワーク", "フォーラム",
              "連合", "議員団", "市議団", "町議団", "県議団", "区議団", "新風",
              "選出", "選挙区")    # and the district a member is elected from (青森市選出)
# Words that end the name of a body, not of a person: 選挙管理委員会委員長 is one role.
BODY_ENDS = ("会", "局", "部", "課", "室", "所", "庁", "省", "常任", "特別", "運営", "事務", "監査",
             "教育", "農業", "管理", "審査", "調査", "対策", "全", "各", "代表",
             # what standing committees are named by (◯厚生委員長, ◯総務文教委員長)
             "総務", "厚生", "文教", "建設", "経済", "産業", "環境", "福祉", "予算", "決算", "民生",
             "衛生", "土木", "企画", "財政", "商工", "農林", "都市", "市民", "生活", "防災", "交通",
             "水道", "観光", "文化", "健康", "保健", "消防", "広報", "地域", "港湾", "病院", "子育て",
             "区民", "町民", "村民", "県民", "都民", "府民", "道民",
             "議運")      # (議会運営委員会 as its members say it: 【議運委員長】)
# (and the private-use area: a font's own glyph for a kanji Unicode lacks, 外字 in a name;
# and 〓, the geta mark a page's encoding puts for a kanji it lost: ○〓田市長)
_KANJI = (r"\u3005\u3006\u3013\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u30f6\U00020000-\U0003134f\ue000-\uf8ff"  # 々 〆 〓 ヶ 𠮷
          r"\ufe00-\ufe0f\U000e0100-\U000e01ef")   # …and a variation selector after a kanji (葛󠄀西, 辻󠄀)
_KANA = r"\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f"
# 〓, ?, ● and ■ stand for a kanji a page's encoding lost (髙, 﨑: ?野幹也, 〓橋太郎, 山●太郎)
# (※ and ＜高＞橋 too: a kanji the minutes could not print, marked, or printed as a common one
# between angle brackets, as their notice says: ※印の文字は外字, ＜　＞内の文字は外字のため…)
_NAME = re.compile(rf"(?:[{_KANJI}{_KANA}・＝=Ａ-Ｚａ-ｚA-Za-z〓?？●■★☆＊※]|＜[{_KANJI}]＞){{1,12}}")   # ★: a speed version's unheard name
# two members of one surname told apart by the first kanji of the given name (the Diet):
# 森山(眞)委員, 坂井（隆）分科員, 山本（有）国務大臣
_INITIALED = re.compile(rf"([{_KANJI}]{{1,5}}[（(][{_KANJI}\u3041-\u3096\u30a1-\u30fa][）)])(.+)")   # …or 佐藤（ゆ）委員
_BARE_NAME = re.compile(rf"[{_KANJI}]{{2,6}}")           # a name with no honorific
_ROLE = re.compile(rf"[{_KANJI}{_KANA}・（）()A-Za-zＡ-Ｚａ-ｚ0-9０-９]{{1,40}}")
_SEAT = re.compile(r"[0-9０-９]{1,3}番(?!議員|委員)")   # １９番 before a name (not 一番ヶ瀬)
_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百]{1,3}番(?:議員|委員)?")   # １８番, １８番議員
# Kanji words that start speech, never a name: ○議長　暫時休憩 is not 議長 + 暫時休憩.
NOT_NAMES = ("次", "本日", "暫時", "異議", "以上", "只今", "質疑", "討論", "採決", "休憩",
             "再開", "散会", "日程", "議案", "賛成", "反対", "起立", "挙手", "全員", "多数",
             "可決", "否決", "報告", "説明", "答弁", "質問", "御", "私", "先", "今", "引続")
# what a list's brackets say where it has no one (委員外議員（なし）, 説明員（該当者なし）): no name
NO_ONE = ("なし", "無し", "ナシ", "該当なし", "該当者なし", "ありません", "おりません", "不在")
# what a stage direction in brackets after a label does (○森田事務局長（表彰者名朗読）,
# ○大西議長（表彰状手交）): no name holds these words
STAGE_WORDS = ("朗読", "登壇", "降壇", "挨拶", "あいさつ", "手交", "授与", "贈呈", "着席", "退席",
               "起立", "拍手", "挙手", "前へ", "紹介",
               "点呼", "投票箱", "点検")    # (○森田事務局長（点呼）: the clerk calls the roll; （投票箱点検）)
LABEL_MAX = 100     # the longest real label (国務大臣（内閣府特命担当大臣（…））（…君）) is ~60
UNBRACKETED_MAX = 24

# Headings, matched on the line with its marker and spaces removed (so the letter-spaced
# ``出 席 議 員`` matches too) and only when it holds no sentence punctuation.
HEADING_STARTS = (
    "議事日程", "日程第", "日程の追加", "追加日程", "本日の日程", "本日の会議に付", "会議に付",
    "付議事件", "審査案件", "審査事件", "審査した案件", "案件", "議題", "会議録署名", "署名議員",
    "出席議員", "欠席議員", "出席委員", "欠席委員", "出席者", "欠席者", "出席説明員", "説明員",
    "出席した", "欠席した", "参加委員", "参加議員",
    "出席理事者", "出席執行部", "出席当局", "出席要求者", "欠員",
    "説明のため", "地方自治法", "職務のため", "事務局職員", "議会事務局", "事務局出席", "出席事務局",
    "委員外", "傍聴", "開会", "開議", "閉会", "閉議", "散会", "延会", "休憩", "再開", "諸般の報告",
    "諸報告", "行政報告", "一般質問", "会期の決定", "会期決定", "議案第", "報告第", "請願第",
    "陳情第", "発議第", "発議案第", "諮問第", "認定第", "承認第", "同意第", "選挙第", "意見書案第",
    "決議案第", "議第", "市長提出", "町長提出", "村長提出", "知事提出", "区長提出", "議員提出",
    "委員会提出", "委員長報告", "所管事務", "会議の経過", "会議録", "開催日", "開催場所", "会議名",
    "日時", "日付", "場所", "時間", "開催時間", "会議時間", "招集", "署名", "上記", "質疑", "討論", "採決", "表決", "定例会",
    "臨時会", "本会議", "第１日", "第1日", "目次", "発言者", "質問者", "通告", "応招", "不応招",
    "招集あいさつ", "招集挨拶", "市長招集", "町長招集", "村長招集", "知事招集", "区長招集",
    "本日の出席", "議員出欠", "出欠",
)
HEADING_ENDS = ("の件", "件", "について", "事項", "事務局", "付託事件", "所信表明", "あいさつ", "挨拶", "の宣告", "宣告", "報告", "指名", "選挙", "選任", "決定",
                "提案理由の説明", "提案理由説明", "趣旨説明", "補足説明",   # (△提案理由の説明, ◎町長提案理由説明)
                "付託", "上程", "提出議案", "互選", "質問", "質疑", "討論", "採決", "の表決",
                "会議録", "開議", "開会", "閉会", "散会", "延会", "休憩", "再開", "定例会", "臨時会", "自己紹介",
                "発言")
# In the middle of a turn only these starts make a line a heading (日程第１　会議録署名
# 議員の指名): a speaker may well say 「開会に先立ちまして」.
INTURN_HEADING_STARTS = (
    "議事日程", "日程第", "日程の追加", "追加日程", "本日の会議に付", "会議に付", "議案第", "報告第",
    "請願第", "陳情第", "発議第", "発議案第", "諮問第", "認定第", "承認第", "同意第", "選挙第",
    "意見書案第", "決議案第", "議第", "出席議員", "欠席議員", "出席委員", "欠席委員", "説明のため",
    "地方自治法", "事務局職員", "職務のため", "会議録署名", "出席を求めた者", "委任を受けた",
    "議決結果", "審議結果", "議案等審議結果", "議案審議結果",
)
# a sentence in the spoken style (ます, です…), not the record's plain style (…した。, …である。)
SPOKEN_WORDS = r"(?:ます|です|ました|ません|でした|ましょう|ください|でしょうか)"
SPOKEN_END = re.compile(SPOKEN_WORDS + r"[。？?！!]")
# a speaker a transcription service names by number (話者 1, Speaker 2, SPEAKER_00)
SERVICE_SPEAKER = re.compile(r"(?:話者|[Ss]peaker|SPEAKER)[ _]?[0-9０-９]{1,3}")
# set before a page's or a document's own heading (an agenda item between two speeches:
# <h3>, Word's 見出し, Markdown's ##): a section's title, as the Diet's record sets one after
# a rule — where a speaker line follows it (a topic's heading under a label, the speech
# going on below it, stays said)
HEADING_RULE = "――――"
_SENTENCE = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")
# the one sentence a heading may be: 出席議員は次のとおりである。
_LIST_INTRO = re.compile(r"(?:(?:出席|欠席|応招|不応招)(?:議員|委員|者|説明員)|(?:説明|職務)のため出席した者)"
                         r"は?(?:次|左)の(?:とおり|通り|如し)(?:である|です|であった)?。?"   # (old records: 左の通り)
                         # …numbered, in the clerk's plain style, naming any part of the record's
                         # head (備北地区消防組合: 2 地方自治法第121条により出席した者の職氏名は,次の
                         # とおりである。 / 4 議事の状況は,次のとおりである。)
                         r"|(?:[0-9０-９]{1,2}[．.、]?|[（(][0-9０-９]{1,2}[）)])?[^。、，,]{2,40}?"
                         r"(?:議員|委員|者|説明員|職氏名|氏名|事件|状況|日程|案件|結果)は"
                         r"(?:[0-9０-９一二三四五六七八九十]+名[、，,]?)?[、，,]?次のとおり(?:である|であった)。?"
                         # (DiscussNet's head: ◯議場に出席した議員は46名、次のとおりである。)
                         )
_NUM = r"[0-9０-９一二三四五六七八九十〇零百]"
NUM = _NUM                    # a digit as minutes write it (Arabic, full width, kanji)
_TIME = rf"(?:(?:午前|午後)?{_NUM}+時(?:{_NUM}+分|半)?|正午|(?:午前|午後)[0-9０-９]{{3,4}}分|(?:午前|午後|[AaPpＡＰ]\.?[MmＭ]\.?[ ]?)?[0-9０-９]{{1,2}}[:：][0-9０-９]{{2}})"
_EVENT_WORDS = r"(?:開会|開議|暫時休憩|休憩|休会|再開|散会|延会|閉会|閉議|開始|終了|会議再開|休憩宣告)(?:[・･、][ \u3000]?(?:開会|開議|散会|延会|閉会|閉議))?"
# (午前10時 開会・開議: two events at once)
_EVENT = re.compile(
    rf"[（(〔［\[【〈＜<]?(?:{_TIME}(?:{_EVENT_WORDS})?|{_EVENT_WORDS}[（(]?{_TIME}(?:[～〜~－\-]{_TIME})?[）)]?|{_EVENT_WORDS})[）)〕］\]】〉＞>]?")
# every dash a page number is framed with: EUC-JP and some PDF text layers give U+2212 (−)
# or U+2012 (‒) for the full-width －
_DASHES = "-－―‐‑‒−ー─—–~〜～"
_PAGE = re.compile(
    rf"[{_DASHES}(（<〈《\[［]*(?:[pP]\.?|[Pp]age|ページ|頁)?{_NUM}+(?:ページ|頁)?"
    rf"(?:[/／]{_NUM}+)?[{_DASHES})）>〉》\]］]*"
    # (a search system's number of the speech on its own line: 2:)
    rf"|[0-9０-９]{{1,4}}[:：]"
    # (an OCR'd page's number with 1 read as l or I, framed by dashes: - l2 -; trial 146)
    rf"|[{_DASHES}]+(?=[lIｌＩ]*[0-9０-９])[0-9０-９lIｌＩ]{{1,4}}[{_DASHES}]+")
# what a browser prints at the head and foot of each page of a page saved as PDF: the date
# and time with the page's title (12/1/26, 9:39 PM 令和６年…会議録 / 2026/12/01 21:39 …),
# its address and the page count (http://…/r0605-2.html 1/3)
_PRINTED_BY_BROWSER = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},[ \u3000]+\d{1,2}:\d{2}[ \u3000]*[AP]M(?:[ \u3000].*)?"
    r"|\d{4}/\d{1,2}/\d{1,2}[ \u3000]+\d{1,2}:\d{2}[ \u3000].*(?:会議録|議会|定例会|臨時会|委員会).*"
    r"|(?:https?|file)://\S+[ \u3000]+\d{1,4}/\d{1,4}"
    # (Firefox's page count with the date and time: 1 of 2 2026/12/05 19:47; its title with
    # the address is taken off a PDF's pages by strip_page_heads, not here)
    r"|\d{1,4} of \d{1,4}[ \u3000]+\d{4}/\d{1,2}/\d{1,2}[ \u3000]+\d{1,2}:\d{2}")
# a speed version's stamp and notice on every page or after the last speech (【速報版】, ※この
# 速報版は、正式な会議録ではありません。発言の訂正があり得ます。)
_DRAFT_STAMP = re.compile(r"[【（(〔［\[―－ー—\-＝=＊*]*(?:(?:以下|ここまで|ここから|これより)[、，]?)?(?:会議録)?"
                          r"(?:速報版?|未定稿|暫定版|校正前原稿|確定稿)[】）)〕］\]―－ー—\-＝=＊*]*")
_DRAFT_NOTICE = re.compile(r"[※＊*].{0,60}?(?:会議録|この記録|速報版|要点筆記|未定稿|暫定版|校正前).*"
                           # (and its legend of the mark for words not heard: ※★は聞き取れなかった箇所です。)
                           r"|[※＊*][ \u3000]*(?:「?★+」?|「[^」]{1,3}」)(?:印)?(?:は|：|:).{0,30}(?:聞き取|聴き取|聴取|不明).*"
                           # (…or the words first: ※聞き取れなかった部分は「●」で表示しています。)
                           r"|[※＊*].{0,20}(?:聞き取|聴き取|聴取|不明).{0,20}(?:「[^」]{1,3}」|[★＊*●■〓]+).{0,20}"
                           r"(?:表示|表記|記載|示し|記し|置き換え).*")
# …and the same notice with no mark, on a line of its own after the last speech or at each
# page's foot (この会議録は速報版であり、正式な会議録ではありません。後日、正式な会議録を公開
# します。): every sentence of the line says what the record is, or when the final one comes
_DRAFT_SAYS = (r"(?:(?:この|本|当)(?:ページの?|ホームページの?)?(?:会議録|記録|速報|内容|掲載内容)(?:速報)?版?は?[、，]?"
               r".{0,40}?(?:速報(?:版|であり|です|のため|につき)|未定稿|暫定版|正式な?(?:会議録|記録|もの)では(?:あり|な))[^。．]{0,40}"
               r"|(?:後日|今後|確定後)[、，]?[^。．]{0,20}?正式な?(?:会議録|記録)[^。．]{0,30}?"
               r"(?:公開|掲載|公表|差し替え|差替え|更新)[^。．]{0,15}"
               r"|[^。．（(）)]{0,30}?正式な?(?:会議録|記録|もの)では(?:ありません|ない)[^。．]{0,20})[。．]")
_DRAFT_ASIDE = (r"(?:[^。．]{0,20}(?:訂正|変更|修正|異な)[^。．]{0,20}(?:場合|こと)が(?:あります|ございます|あり得ます)"
                r"|[^。．]{0,20}(?:ご了承|御了承|ご注意|御注意)[^。．]{0,10})[。．]")
_DRAFT_NOTICE_PLAIN = re.compile(f"{_DRAFT_SAYS}(?:{_DRAFT_SAYS}|{_DRAFT_ASIDE})*")
# a page's running title stamped as a draft (令和６年第２回定例会　本会議　未定稿)
_DRAFT_TITLE = re.compile(r"[^。？！?!「」]{2,40}?[【（(〔［\[]?(?:会議録)?(?:速報版?|未定稿|暫定版)[】）)〕］\]]?")
# a footnote under the speech (（注１）人事院勧告に準じた改定である。): the page's, not said
_FOOTNOTE = re.compile(rf"[（(]注{_NUM}*[）)].*|注{_NUM}*[）)].*")
_MARKUP_ONLY = re.compile(r"(?:</?[A-Za-z][^<>]*>|&[a-z]+;|&#\d+;|\s)+|<!--.*-->")
_BOX = re.compile(r"[│┃├┤┬┴┼┌┐└┘━─┏┓┗┛┠┨┯┷┿║═╔╗╚╝|＋+].*|.*[│┃]\s*")
# a symbol some minutes set between their sections, alone or a few times over (☆ ☆); never
# ★, the mark of a word not heard
SEPARATOR_SYMBOL = "[◇◆◎□■△▲▽▼☆]"     # (not ○ or ＊: ○ ○, ＊ ＊ mask a name)
# between sentences of a flowing copy, not □ or ■ either: 本日は □ □ 様から… masks a name
INLINE_SEPARATOR_SYMBOL = "[◇◆☆]"      # (nor △ △, ◎ ◎, ▲…: masks too)
_RULE = r"[─━―\-－=＝_＿・*＊~〜～…‥−‐‑‒–—ー\s]"
_RULE_MARK = r"[─━―\-－=＝_＿・*＊~〜～…‥−‐‑‒–—ー]"       # the same, spaces aside
# a rule, also with one symbol in its middle (――――◇―――――, ――――○――――) or at both
# ends (◇・・・・・・◇)
_SEPARATOR = re.compile(rf"{_RULE}+|{_RULE}{{2,}}[○〇◯◇◆●◎□■△▽☆]{_RULE}{{2,}}"
                        rf"|\s*([○〇◯◇◆●◎□■△▽☆])(?:\s*{_RULE_MARK}){{4,}}\s*\1\s*"
                        # (or the same symbol two or more times with spaces between: ☆ ☆, ◇　◇　◇)
                        rf"|\s*({SEPARATOR_SYMBOL})(?:[ \t\u3000]+\2)+\s*")
# a table of contents' line: a label, leader dots, a page number (●山田委員 ……… 3)
_LEADERS = "…‥・.．･"
_NUMBER_THEN_LEADERS = re.compile(rf"(?<![{SPACES}])[{SPACES}]+(?:[0-9０-９]{{1,4}}[{SPACES}]*[{_LEADERS}]{{3,}}|[{_LEADERS}]{{6,}})$")
_RUNNING_HEAD_WORDS = ("会議録", "定例会", "臨時会", "委員会", "議会", "号", "ページ", "頁")


@dataclass(frozen=True)
class Label:
    """A speaker label found at the start of a line."""

    text: str            # the label as written, e.g. "議長（佐藤篤君）", "白石孝雄 議長"
    role: str | None     # "議長", "総合政策部長", "１８番"; None for a name alone
    name: str            # "佐藤篤", "白石孝雄"; "" for a role alone (○議長)
    speech_at: int       # index in the line where the speech starts


def compact(s: str) -> str:
    """The text without spaces: letter-spaced PDF labels (大 下 議 長) read as words."""
    return "".join(ch for ch in s if ch not in SPACES)


def _skip(s: str, i: int, chars: str = SPACES) -> int:
    while i < len(s) and s[i] in chars:
        i += 1
    return i


def _speech_start(s: str, i: int) -> int:
    """After a label: spaces, at most one colon, spaces, and a bare 登壇 (福岡県議会:
    ``◯十四番(笠 和彦君)登壇 皆様、…``)."""
    i = _skip(s, i)
    if i < len(s) and s[i] in COLONS + SLASHES:
        i = _skip(s, i + 1)
    elif i < len(s) and s[i] in "-－" and i > 0 and s[i - 1] in SPACES and s[i + 1:i + 2] in tuple(SPACES):
        i = _skip(s, i + 1)      # 教 育 長 - 日程について報告: a dash between label and speech
    elif s[i:i + 1] == "。" and (spread := _SPREAD_LABEL.match(s)) is not None and spread.end() == i:
        i = _skip(s, i + 1)      # 坂 上 村 長。 議長のお許しが…
    if i + 1 < len(s) and s[i + 1] in SPACES and _icon(s[i]):
        i = _skip(s, i + 1)      # 甲 斐 正 之 議 員 Ⱗ 今後の…: a newsletter's Q/A icon, as its PDF's font codes it
    if s.startswith("登壇", i) and s[i + 2:i + 3] in tuple(SPACES) + ("[", "［", "〔"):
        i = _skip(s, i + 2)      # …登壇[ 228頁]: the page's note goes as a note
    if (kind := _KIND_AFTER_LABEL.match(s, i)) is not None:
        i = _skip(s, kind.end())   # ○町長（鈴木次郎君）（答弁）　お答えします。: the kind of remark
    return i


# the kind of remark in brackets right after a bracketed label, then a space or a colon
# (and its round: （再質問２回目）)
_ROUND = f"(?:[0-9０-９]{{1,2}}|[{SPACES}]*(?:[（(][0-9０-９一二三四五六七八九十]{{1,2}}回目[）)]|[0-9０-９一二三四五六七八九十]{{1,2}}回目))?"
_KIND_AFTER_LABEL = re.compile(rf"[（(](?:(?:再[再々]?)?(?:質問|答弁|質疑){_ROUND}|[0-9０-９一二三四五六七八九十]{{1,2}}回目)"
                               rf"[）)](?=[{SPACES}{COLONS}])")     # （再質問）, （２回目）


# a label letter-spaced to fill a PDF's column and ended by 。 (坂 上 村 長。, 議 長。)
_SPREAD_LABEL = re.compile(rf"(?:[^{SPACES}。、][{SPACES}]){{1,12}}[^{SPACES}。、](?=。)")


def _icon(ch: str) -> bool:
    """Is ``ch`` a pictogram or a letter of a script no Japanese minutes are written in (a
    PDF's icon font shows its Q and A marks as Glagolitic Ⱗ Ⱘ), not a word's first letter?"""
    cat = unicodedata.category(ch)
    if cat in ("So", "Co"):
        return True
    return cat[0] == "L" and not unicodedata.name(ch, "").startswith(_SCRIPTS)


_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "LATIN", "FULLWIDTH", "HALFWIDTH", "GREEK", "IDEOGRAPHIC")


def _dashed(s: str, at: int) -> bool:
    """Does a dash stand between the label and the speech starting at ``at`` (教 育 長 - …)?"""
    return bool(re.search(rf"[{SPACES}][-－][{SPACES}]+$", s[:at]))


# ---------------------------------------------------------------------------- lines

def is_blank(line: str) -> bool:
    """Blank lines and rules such as ───── or ～～～."""
    return not line.strip(SPACES) or _SEPARATOR.fullmatch(line) is not None


# a web address alone on a line (a page's address printed at its foot, a link's text)
ADDRESS = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")


def is_furniture(line: str) -> bool:
    """Page numbers, box-drawn tables, markup-only lines and a table of contents' lines
    (``●山田委員 ……… 3``): never speech, never reported."""
    s = line.strip(SPACES)
    return bool(_PAGE.fullmatch(compact(s)) or _BOX.fullmatch(s) or _MARKUP_ONLY.fullmatch(s)
                or _PRINTED_BY_BROWSER.fullmatch(s) or _DRAFT_STAMP.fullmatch(compact(s)) or _DRAFT_NOTICE.fullmatch(s)
                or (_DRAFT_NOTICE_PLAIN.fullmatch(compact(s)) and s[:1] not in MARKERS) or _draft_title(s)
                or _FOOTNOTE.fullmatch(s) or compact(s) in SITE_BUTTONS or _TIME_IN_RECORDING.fullmatch(compact(s))
                or _is_contents(s) or s.startswith(SEARCH_FURNITURE) or _SPEECH_INDEX.fullmatch(s)
                or _TABLE_HEAD.fullmatch(compact(s)) or _furigana(line) or _titled_page(s) or _numbered_speaker(s)
                or (_PAGE_THEN_TITLE.fullmatch(s) and not line.startswith("\u3000"))
                or is_breadcrumb(line) or (_is_pager(s) and line[:1] not in SPACES)
                or _TRANSCRIPTION_EVENT.fullmatch(s) is not None or _SKIP_LINK.fullmatch(compact(s)) is not None)


# a page's first link, past its menus to its text (本文へジャンプします。, メニューを飛ばして本文へ)
_SKIP_LINK = re.compile(r"(?:(?:メニュー|ナビゲーション)を(?:飛ばして|スキップして))?(?:本文|メインコンテンツ|コンテンツ)"
                        r"へ(?:ジャンプ|移動|スキップ)?(?:します|する)?。?"
                        r"|ここから(?:本文|メインコンテンツ)(?:です|になります)?。?|本文(?:ここから|ここまで|はここまで(?:です)?。?)")


# a meeting app's note in its transcript that someone started or stopped it (Teams: 山田 太郎
# が文字起こしを停止しました, X stopped transcription)
_TRANSCRIPTION_EVENT = re.compile(r"[^\s。、\u3041-\u3093]{1,10}(?:[ \u3000][^\s。、\u3041-\u3093]{1,10})?(?:さん)?[ \u3000]*が[ \u3000]*"
                                  r"(?:文字起こし|トランスクリプション|トランスクリプト|レコーディング|録画)を(?:開始|停止)しました"
                                  r"|.{1,60} (?:started|stopped) (?:transcription|recording)\.?")


def is_breadcrumb(line: str) -> bool:
    """A site's trail to the page (トップページ > 市議会 > 会議録 …): from the top page, or
    with spaces around its arrows as a page shows it — not a path a member quotes in a
    sentence (例えば、トップページ＞くらし＞防災＞ハザードマップ、…)."""
    s = line.strip(SPACES)
    if _BREADCRUMB.fullmatch(s) is None or s.endswith(("、", "，")) or line[:1] in SPACES:
        return False      # (a path said in a speech: ホーム＞くらし＞…避難所一覧 / となっており、…)
    return len(re.findall(r"[ \u3000][>＞›»≫][ \u3000]", s)) >= 2 and not re.search(
        r"[>＞›»≫][^>＞›»≫]*(?:の順|を|に|から|まで|で)[^>＞›»≫]*$", s)


def _is_pager(s: str) -> bool:
    """A site's pager: 前へ / 次へ, or its pages counted from the first (1ページ 2ページ) —
    not pages a chair reads out (３０ページ　３１ページ)."""
    if _PAGER.fullmatch(s) is None or re.search("[０-９]", s):
        return False      # (a site's pager in half-width digits; ２ページ　３ページ is read out)
    if re.search("前へ|次へ|前のページ|次のページ|<<|>>|＜＜|＞＞", s):
        return True
    pages = [int(unicodedata.normalize("NFKC", n)) for n in re.findall(r"[0-9０-９]{1,3}(?=ページ)", s)]
    return pages == list(range(1, len(pages) + 1))


# a site's trail of where the page is and its pager, copied with the page's text (トップページ >
# 組織・課名でさがす > 議会事務局 > …会議録 2ページ; 1ページ 2ページ; 前へ 1 2 次へ)
_BREADCRUMB = re.compile(r"(?:現在の(?:ページ|位置)[ \u3000:：]*)?(?:トップページ|ホーム|トップ|TOP|Top|HOME|Home)"
                         r"[ \u3000]*[>＞›»≫][^。？！?!]*")
_PAGER = re.compile(r"(?:(?:前へ|次へ|前のページ|次のページ|<<|>>|＜＜|＞＞|[0-9０-９]{1,3}ページ)[ \u3000|｜]*){2,}")


# a transcript's time in the recording on a line of its own ((00:05:00), [01:02:03]): never said
_TIME_IN_RECORDING = re.compile(r"[\[［(（]?[0-9０-９]{1,2}[:：][0-9０-９]{2}[:：][0-9０-９]{2}[\]］)）]?")


def _draft_title(s: str) -> bool:
    """A page's running title ending in a draft's stamp: the session named, no sentence."""
    c = compact(s)
    return _DRAFT_TITLE.fullmatch(c) is not None and c[:1] not in MARKERS \
        and any(w in c for w in (*_RUNNING_HEAD_WORDS, "本会議"))


# a page's head with its number first, then the sitting (-2- 第1日目（3月6日）（火曜日）)
_PAGE_THEN_TITLE = re.compile(r"[-－‐―ー]\s*[0-9０-９]{1,4}\s*[-－‐―ー][ \t\u3000]+"
                              r"(?=[^。、？！?!]{2,40}$)[^。、？！?!]*(?:日目|定例会|臨時会|会議録|号|曜日)[^。、？！?!]*")


def _numbered_speaker(s: str) -> bool:
    """An index line of a speech's number and its speaker and nothing said (発言番号２　２１番
    （柳田美香君）: a page's fold over the speech, which repeats its label — where the label
    is not repeated, the line is the label: see :func:`numbered_head`)."""
    return numbered_head(s) is not None


NUMBERED_HEAD = re.compile(rf"[{SPACES}]*(?:発言番号|発言No\.?|発言Ｎｏ．?)[{SPACES}]*[0-9０-９]{{1,4}}[{SPACES}]+(.+)")


def numbered_head(line: str) -> Label | None:
    """The label of a line 発言番号１　議長（木村正義君） (the speech below it), or None."""
    m = NUMBERED_HEAD.fullmatch(line.rstrip(SPACES))
    label = parse_label(line, m.start(1), loose=True) if m else None
    return label if label is not None and not line[label.speech_at:].strip(SPACES) else None


# a table's header row, repeated on each page of a PDF (発言者 / 発言内容, 職名 氏名 発言内容)
_TABLE_HEAD = re.compile("(?:発言者|発言内容|職名|氏名|職氏名|役職名?|発言|内容|時刻|備考)+")


def _furigana(line: str) -> bool:
    """A line of readings a PDF prints in small kana over names (しょうじ　おさむ): kana only,
    two or three words apart at the margin (not 　はい　どうぞ, said), nothing said."""
    if line[:1] in SPACES:
        return False
    parts = line.split()
    return 2 <= len(parts) <= 3 and all(re.fullmatch("[\u3041-\u3096\u30a1-\u30faー]{1,8}", p) for p in parts)


_PAGE_DASHES = tuple("-－―‐ー")


def _titled_page(s: str) -> bool:
    """A page's foot with the sitting's title and the page number (令和６年第１回北原村議会定例会（第２号）　4)."""
    # Taken apart from the right, not by one pattern: ``(.+?)\s+-?\s*\d{1,4}`` backtracks
    # cubically over a long run of spaces (three minutes on a line of 4,000).
    rest = s.rstrip(SPACES)
    rest = rest[:-1].rstrip(SPACES) if rest.endswith(_PAGE_DASHES) else rest
    digits = re.search(r"[0-9０-９]{1,4}\Z", rest)
    if not digits:
        return False
    head = rest[:digits.start()]
    title = head.rstrip(SPACES)
    if title.endswith(_PAGE_DASHES) and title[:-1].rstrip(SPACES) != title[:-1]:
        title = title[:-1]                                # 　－ 4: the dash is the number's
    elif title == head:
        return False                                     # no space before the number
    return bool(title.strip(SPACES)) and bool(_TITLE.fullmatch(compact(title)))


def _is_contents(s: str) -> bool:
    """``●山田委員 ……… 3``: at most 40 characters, leader dots, a page number (or the page
    number first: ``〇議長（森雅哉君）　５　………``, or a long run of dots alone)."""
    bare = s.rstrip(SPACES)
    flipped = _NUMBER_THEN_LEADERS.search(bare) if bare[-1:] in _LEADERS else None
    if flipped and 0 < len(bare[:flipped.start()].strip(SPACES)) <= 40:
        return True
    body = s.rstrip("0123456789０１２３４５６７８９")
    if len(body) == len(s) or len(s) - len(body) > 4:
        return False
    head = body.rstrip(_LEADERS + SPACES)
    tail = body[len(head):]
    return 0 < len(head) <= 40 and sum(ch in _LEADERS for ch in tail) >= 3


def is_event(line: str) -> bool:
    """``午前11時30分休憩``, ``（午後１時再開）``, ``散会　午後４時10分``, ``休　憩``, and a
    recess with its end on one line (``午前１１時０５分 休憩 午前１１時１５分 再開``)."""
    c = compact(line)
    if (item := _OUTLINE_ITEM.match(c)) is not None and _TIME_IN.search(c):
        c = c[item.end():]    # (5) 閉会　午前11時40分: a committee record's outline, item by item
    return _EVENT.fullmatch(c) is not None or _TIMED_EVENTS.fullmatch(c) is not None


_OUTLINE_ITEM = re.compile(r"[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[.．]")
_TIME_IN = re.compile(r"[0-9０-９一二三四五六七八九十]+時")


_TIMED_EVENTS = re.compile(rf"(?:{_TIME}{_EVENT_WORDS}){{2,3}}")


def heading_words(s: str, starts: tuple[str, ...] = HEADING_STARTS, ends: tuple[str, ...] = HEADING_ENDS) -> bool:
    """Does this text (marker removed) read as a heading? No heading holds 。、！？."""
    c = compact(s)
    if _LIST_INTRO.fullmatch(c):
        return True
    # 日程2番 議案第3号…: an agenda's item numbered as Hokkaido's towns write it (月形町)
    c = re.sub(r"^((?:追加)?日程)([0-9０-９]{1,2})番", r"\1第\2", c)
    # 、 inside parentheses is no sentence: 法律案(内閣提出、参議院送付), (議題、提出者の説明、…);
    # nor in an agenda item's list of steps: 議案第53号の質疑、討論、採決
    bare = without_parens(c)
    if c.startswith(INTURN_HEADING_STARTS + _LIST_STARTS) and not re.search(r"[。？！?!]", bare) and not bare.endswith("、") \
            and not re.search(r"[はが]、.{15,}$", bare):      # 会議録署名議員の指名は、会議規則第120条の…: a sentence
        bare = bare.replace("、", "")
    if not c or _SENTENCE.search(bare):
        return False
    c = re.sub(r"[（(〔［\[][^）)〕］\]]*[）)〕］\]]$", "", c) or c   # 出席議員（18名）
    if _BODY_ATTENDANCE.fullmatch(c):
        return True
    return c.startswith(starts) or (bool(ends) and c.endswith(ends)) or _ITEM_NUMBERED.match(s.strip(SPACES)) is not None \
        or _ERA_ROUND.fullmatch(c) is not None


# the first line of a sitting's title set over two (令和５年 第４回 / みどり市議会定例会会議録（第４号）)
_ERA_ROUND = re.compile(rf"(?:令和|平成|昭和)(?:元|{_NUM}{{1,2}})年第{_NUM}{{1,2}}回")
# an item of a meeting's business numbered after its kind (議事2 その他, 協議事項１ …: 狛江市's
# records)
_ITEM_NUMBERED = re.compile(rf"(?:議事|協議事項|報告事項|審議事項){_NUM}{{1,2}}(?:[ \u3000]|$)")


# who attended one of the bodies a record covers: 〇委員協議会出席委員 (新潟市議会's 議会運営委員会
# record lists 〇委員会 / 〇委員協議会 and then who sat in the latter)
# (and who a body heard, listed under its name: 京都市会's ◯委員会説明員 — a speaker who
# explains is named by a department, ○土木部説明員, not by a meeting)
_BODY_ATTENDANCE = re.compile(r"[\u3400-\u9fff]{0,12}(?:会|会議)(?:出席|欠席|応招|不応招)(?:議員|委員|者|説明員|理事者)等?"
                              r"|(?:[\u3400-\u9fff]{0,12}(?:委員会|分科会|協議会)|本会議|会議)(?:説明員|説明者|理事者)等?")


# …or a record of speeches in brief (兵庫県: 〇山下浩二委員長発言の概要)
_SUMMARY_KIND = re.compile(r"の?発言(?:の)?(?:概要|要旨)$")
# a question's or an answer's letter run into a label that names someone (Q宮崎委員 — not
# an anonymised member, Ａ委員)
_QA_LETTER = re.compile("[QAＱＡ](?=[\u3400-\u9fff])")
# the kind of speech some minutes join to the label (山県市: …議員質疑, …議員質問, …課長答弁)
_SPEECH_KIND = re.compile(r"(?:再々|再)?(?:質疑|質問|答弁)$")
# the assembly's own staff by office (○議会事務局長, ○議会事務局次長): a speaker, though the
# office starts like the header's list of them (議会事務局)
_STAFF = re.compile(r"(?:議会)?事務局(?:長|次長|参事|主幹|課長|係長|書記|主査|主任|議事課長|議事係長)")
# headings whose line goes on with a list of people (〇議会事務局   次長・橋口庄二、書記・村上一郎)
_LIST_STARTS = ("議会事務局", "出席事務局", "事務局出席", "出席者", "欠席者", "出席説明員", "説明員", "出席理事者",
                "出席執行部", "出席当局")
_OPEN_ENDS = ("に", "を", "は", "が", "も", "へ", "と", "で", "から", "より", "及び", "並びに", "又は",
              "若しくは", "、", "，")
# the title of a sitting: …第３回…定例会会議録（第２号）
# (a page's head may carry the sitting's day after it: …定例会（第３号）　３月６日（水）)
_TITLE = re.compile(rf"(?:.{{0,30}}第{_NUM}+回.{{0,30}}(?:定例会|臨時会)(?:会議録)?(?:[（(](?:第{_NUM}+[号日]|{_NUM}+日目)[）)])?"
                    rf"|.{{2,40}}?(?:会議録|定例会|臨時会)[（(](?:第{_NUM}+[号日]|{_NUM}+日目)[）)])"
                    rf"(?:{_NUM}{{1,2}}月{_NUM}{{1,2}}日(?:[（(][月火水木金土日](?:曜日?)?[）)])?)?")
_SIGNATURE = re.compile(r".*ここに署名(?:する|します)。?|(?:地方自治法第.{1,12}条|上記会議の経過)[^。]*(?:署名|記名押印)(?:する|します)"
                        r"(?:ため[^。]*)?。?")     # (not …規定により、署名議員に１番、２番を指名します。)
_AGENDA_BRACKET = ("議題", "日程第", "日程", "案件", "件名")
_BRACKET_HEAD = re.compile(r"[〔［\[【]([^〕］\]】]{1,12})[〕］\]】]")


# a short title spread letter by letter (議 長 の 報 告, 諸 般 の 報 告): four to fifteen
# characters, each alone between spaces
_LETTER_SPACED = re.compile(r"(?:[^\s。、？！?!「」『』（）()][ \u3000]{1,3}){1,14}[^\s。、？！?!「」『』（）()]")
_OPENING_BRACKETS = ("「", "『")   # (an agenda heading wraps at its （: …補正予算（ / 第３号）)


def is_letter_spaced(line: str) -> bool:
    """Is ``line`` a short title spread letter by letter that ends as a heading does (議 長
    の 報 告, 諸 般 の 報 告), no label, office or roster (justified text spread over its
    line — ３ か 年 計 画 で 順 次 —, names read out — 佐 藤 一 郎 君 —, 欠 席 委 員)?"""
    s = line.strip(SPACES)
    if _LETTER_SPACED.fullmatch(s) is None or _SENTENCE.search(s):
        return False
    c = compact(s)
    return len(c) <= 10 and c.endswith(_SPREAD_HEADING_ENDS) and not c.startswith(HEADING_STARTS) \
        and not is_role(c) and parse_label(s, 0, loose=False) is None


# (not について, 説明: a justified line of speech ends so — 詳 細 に つ い て は 税 務 課 長 か ら 説 明 /
# いたします。)
_SPREAD_HEADING_ENDS = ("報告", "の件", "あいさつ", "挨拶", "の宣告", "事項")


# the head of a roll-call vote's list of names (衆議院: …を委員長報告のとおり決するを可とする議員の氏名)
_VOTE_ROLL = re.compile(r"[^。、？！]{0,80}(?:可|否)とする(?:議員|者)の氏名|(?:賛成|反対)(?:者|議員)(?:の)?氏名")


def is_inturn_heading(line: str) -> bool:
    """A line standing inside a turn that is not speech: an agenda line (``日程第１　会議録
    署名議員の指名``, ``〔議題1〕所管事務調査事項…``), the numbered title of the next
    sitting in a file of several days (``令和６年第３回山川町議会定例会会議録（第２号）``),
    the signature block (``地方自治法第１２３条第２項の規定により、ここに署名する。``)."""
    c = compact(line)
    if c.endswith(_OPEN_ENDS) and not c.endswith(HEADING_ENDS) or c.endswith(_OPENING_BRACKETS) \
            and not _AGENDA_START.match(line.strip(SPACES)):
        return False     # 会議録署名議員に / …を指名いたします。 / 議事日程第1「: a sentence going on
        #                  (日程第５　請願第２号「 / …請願」 is an agenda line wrapped at its quote)
    if is_letter_spaced(line):
        return True      # 議 長 の 報 告: a side heading spread over its line (a PDF's, 茂原市)
    if heading_words(line, INTURN_HEADING_STARTS, ()) and not (
            re.search(r"(?:により|によって|は|において)[、，]", c) and not _AGENDA_START.match(line.strip(SPACES))):
        return True      # (not a sentence under way: 地方自治法第121条第1項の規定により、説明のため出席した者は、…)
    m = _BRACKET_HEAD.match(c)
    if m and heading_words(m.group(1), _AGENDA_BRACKET, ()):
        return True
    if _SIGNATURE.fullmatch(c):
        return True
    if re.fullmatch(rf"日程{_NUM}+", c):
        return True      # 日程１: a table's agenda column beside the speech
    if re.fullmatch(rf"[（(〔［\[【](?:{_RECORD_STEPS}|質疑|説明|討論|採決|表決)[）)〕］\]】]", c):
        return True      # (質疑応答), （採決）: a step of a committee's record, alone on its line
    if re.fullmatch(rf"[（(〔［\[【]再[再々]{{0,2}}(?:質問|質疑|答弁)(?:{_NUM}{{1,2}}回目)?[）)〕］\]】]", c):
        return True      # （再質問）, 〔再々質問〕, 【再質問２回目】: the round of a question, alone on its line
    if _RECORD_RESULT.fullmatch(c) and not SPOKEN_END.search(c):
        return True      # （採決）　賛成少数で不採択とすべきものと決した。: a summary record's result
    if c[:1] in "→⇒➡➔" and not _SENTENCE.search(c[1:].rstrip("。")):
        return True      # →　全員一致で原案可決すべきものと決定: a summary record's result
    if _DOUBLE_BRACKETED.fullmatch(c) and heading_words(c[1:-1]):
        return True      # ≪会期の決定≫, ≪開　会≫: an agenda heading in double brackets (not a name
        #                  said: 《みなみやま未来プラン》)
    if _SECTION.fullmatch(c):
        return True      # (建設局), （都市計画局関係）: the department whose items a committee takes next
    if _BUDGET_ITEM.fullmatch(c):
        return True      # 第２款　総務費, 【歳出】第３款　民生費: a budget committee's item
    notice = re.fullmatch(rf"(?:通告|質問順位?)(?:第)?{_NUM}{{1,3}}(?:番|号|位)?(.{{2,14}})", c)
    if notice and (who := _unbracketed_label(notice.group(1))) is not None and who[1]:
        return True      # 通告2　佐々木花子議員: the next questioner's heading in the order of notice
    index = re.fullmatch(r"[・･]([^（(]{1,20})[（(](.{1,40})[）)]", c)
    if index and is_role(index.group(1)) and heading_words(index.group(2)):
        return True      # ・市長(議案第2号乃至同第31号): an index of who speaks to what
    if _VOTE_ROLL.fullmatch(c):
        return True      # …を可とする議員の氏名 / 否とする議員の氏名: the head of a roll-call vote's names
    if c and _DAY_HEADING.fullmatch(c) or _notice_field(line.strip(SPACES)):
        return True      # 【第２日】令和６年３月６日（水）: the next day of a file of several;
        #                  質問事項　１　防災対策について: the notice of a question, printed
    return not _SENTENCE.search(c) and bool(_TITLE.fullmatch(c))


# an agenda line's start: 日程第５　…, 追加日程第１　…, 日程第５、…, 〔議題２〕…
def agenda_item(line: str) -> bool:
    """Does ``line`` open with an agenda item (日程第２　一般質問, 【議題】)?"""
    return _AGENDA_START.match(line.strip(SPACES)) is not None


_AGENDA_START = re.compile(rf"(?:追加)?日程第{_NUM}+[{SPACES}、，,]+\S|[〔［\[【](?:議題|日程)[^〕］\]】]{{0,6}}[〕］\]】]")
# the day a file of several sittings goes on to: 【第２日】, 第２日目　令和６年３月６日（水）, the
# date alone with its weekday
_DATE_DAY = rf"(?:令和|平成|昭和)(?:元|{_NUM}{{1,2}})年{_NUM}{{1,2}}月{_NUM}{{1,2}}日[（(][月火水木金土日](?:曜日?)?[）)]"
# (where no bracket sets it apart, the sentence that may go on from it is looked at: 第２日 /
# は一般質問、…, see minutes._Walk._quote_said)
_DAY_HEADING = re.compile(rf"[【〔［\[（(<＜]?第{_NUM}{{1,2}}日目?[】〕］\]）)>＞]?(?:{_DATE_DAY})?|{_DATE_DAY}")
# the notice of a question printed under the chair's call (質問事項 / 質問の要旨 / 質問の相手)
_NOTICE_FIELD = re.compile(r"(?:質問事項|質問の要旨|質問要旨|質問の相手|答弁を求める者|答弁者|質問の方式|質問方式)"
                           rf"[{SPACES}：:]")


def is_day_heading(line: str) -> bool:
    """【第２日】令和６年３月６日（水）: the heading of the next day in a file of several."""
    c = compact(line)
    return bool(c) and _DAY_HEADING.fullmatch(c) is not None


def _notice_field(s: str) -> bool:
    """質問事項　１　防災対策について: a field of a question's printed notice — not speech
    that opens with the word (質問事項　１点目、子育て支援について伺います。, 質問方式　は一問
    一答方式とし、…: a line justified to its width)."""
    m = _NOTICE_FIELD.match(s)
    if m is None or re.search("(?:ます|です|ました|でした|ません|ください)。", s):
        return False      # (a notice is written plain: 質問の要旨　…はどうなっているか。)
    rest = s[m.end():].lstrip(SPACES + "：:")
    return not rest.startswith("、") and _PARTICLE_START.match(rest) is None


def is_sitting_title(line: str) -> bool:
    """``令和６年第１回○○町議会定例会会議録（第２号）``: the title a page of the minutes is
    headed with."""
    return bool(_TITLE.fullmatch(compact(line)))


# an item of a budget (款, 項, 目) a budget committee's record prints over its questions
_BUDGET_ITEM = re.compile(rf"(?:[【〔［\[][^】〕］\]]{{1,8}}[】〕］\]])?第?{_NUM}{{1,3}}[款項目][^、。，,！？!?]{{1,40}}")
# a committee's section, alone on its line in brackets: the department examined next
_SECTION = re.compile(r"[（(〔［\[《≪【][\u3400-\u9fff々・]{0,14}(?:局|部|本部|課|室|庁|事務局|委員会|公営企業|病院)"
                      r"(?:関係|所管|所管分|分)?[）)〕］\]》≫】]")
# 第102号議案 (a prefecture's numbering of bills, reports and petitions)
_NUMBERED_BILL = re.compile(rf"第{_NUM}+号(?:議案|報告|請願|陳情|諮問|発議|議員提出議案)")
# an item of a committee's summary record: 《土木交通部所管分》, 2　平成24年度…について,
# (1)当局説明　美濃部土木交通部長, (2)質疑、意見等
_ITEM_NUMBER = re.compile(rf"(?:[0-9０-９]{{1,2}}[ 　．.）)]|[（(]{_NUM}{{1,2}}[）)]|[一二三四五六七八九十]{{1,3}}[ 　、．.]"
                          r"|[①-⑳](?=[^\s、。，,]))")
_DOUBLE_BRACKETED = re.compile(r"[《≪〈][^》≫〉]{1,40}[》≫〉]")
# an agenda item as a committee record heads its hearing, in any brackets: 【議案第２１号　…の
#制定について】, 【陳情第３号】, ［日程第２］ (【】 also hold speaker labels, never an item number)
_AGENDA_ITEM = rf"(?:議案|陳情|請願|報告|発議|認定|諮問|承認|同意|議|日程|選挙|意見書案|決議案)第{_NUM}+(?:号|番)?"
_BRACKETED_ITEM = re.compile(rf"[【［\[＜<（(〔](?:{_AGENDA_ITEM}|{_NUMBERED_BILL.pattern})[^【】［］\[\]＜＞<>（）()〔〕]{{0,60}}"
                             # (not a person: （報告第１号提出者　山田花子君）)
                             rf"(?<![君員氏様])(?<!さん)[】］\]＞>）)〕]")


_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def item_number(line: str) -> tuple[str, int] | None:
    """The form and value of an item heading's number (``is_item_heading``): （２）その他 →
    ("digit()", 2), ２　審査結果 → ("digit ", 2), 三、討論 → ("kanji、", 3), ③討論 →
    ("circled", 3); None when the line has none. Full- and half-width forms are one form."""
    s = line.strip(SPACES)
    m = _ITEM_NUMBER.match(s)
    if not m:
        return None
    if "①" <= m.group(0) <= "⑳":
        return "circled", ord(m.group(0)) - ord("①") + 1
    token = unicodedata.normalize("NFKC", m.group(0))
    digits = token.strip("() .、")
    if digits.isdigit():
        value = int(digits)
    else:
        tens, _, ones = digits.rpartition("十")
        if not re.fullmatch(r"[一二三四五六七八九]?", tens) or not re.fullmatch(r"[一二三四五六七八九]?", ones) \
                or (not tens and not ones and "十" not in digits):
            return None
        value = ((_KANJI_DIGITS[tens] if tens else 1) * 10 if "十" in digits else 0) \
            + (_KANJI_DIGITS[ones] if ones else 0)
    kind = "kanji" if re.search(r"[一二三四五六七八九十]", digits) else "digit"
    form = "()" if token[:1] == "(" else token[-1:]
    return f"{kind}{form}", value


def is_record_heading(line: str) -> bool:
    """An item heading only a record prints (not a topic a speaker reads out): a section in
    double angle brackets (《土木交通部所管分》), a bill's number (第102号議案 …), or a step
    of the record (当局説明, 質疑・応答, 報告事項)."""
    c = compact(line)
    return is_item_heading(line) and bool(_DOUBLE_BRACKETED.fullmatch(c) or _NUMBERED_BILL.match(c)
                                          or _BRACKETED_ITEM.fullmatch(c) or _ITEMS_TOGETHER.fullmatch(c)
                                          or re.search(_RECORD_STEPS, c))


def is_bracketed_item(line: str) -> bool:
    """An agenda item in brackets on its own line (【議案第２１号　…について】): a record's
    heading wherever it stands — a speaker reading an item out does not bracket it."""
    c = compact(line)
    return is_item_heading(line) and bool(_BRACKETED_ITEM.fullmatch(c) or _ITEMS_TOGETHER.fullmatch(c))


# the items a sitting takes together, as the record heads them (議案第103号から第127号まで及び報告第14号
# から第19号まで): a speaker reading them out says what is done with them (…を一括議題とします)
_ITEMS_TOGETHER = re.compile(rf"(?:{_AGENDA_ITEM})(?:(?:から|ないし|及び|並びに|[、・～〜])(?:{_AGENDA_ITEM}|第{_NUM}+号|{_NUM}+号)(?:まで)?)+")


# a summary record's vote and its result on one line, in the record's words (not said:
# no ます or です)
_RECORD_RESULT = re.compile(r"[（(〔［\[【](?:採決|表決|審査結果|採決結果)[）)〕］\]】][ \u3000]*"
                            r"[^。]*(?:可決|否決|採択|不採択|承認|不承認|認定|不認定|同意|不同意|決定|決し)[^。]*。?")
_RECORD_STEPS = (r"当局説明|質疑[・、及]?(?:応答|意見)|意見等|報告事項|説明事項|所管分|審査事項|主な(?:発言|意見|質疑)"
                 # (a committee's sections: 1 付託事件審査, 2 所管事務調査 — 函館市's committees)
                 r"|付託事件審査|所管事務調査|継続審査案件")


_OPENING_CLOCK = re.compile(r"^(?:午前|午後)[ \u3000]?[0-9０-９]{1,2}時[0-9０-９]{1,2}分[ \u3000]?(?:開議|開会|再開)[ \u3000]+(?=\S)")


def is_item_heading(line: str) -> bool:
    """A numbered item or a section in double angle brackets, with no sentence in it (see
    ``_ITEM_NUMBER``): a heading when nothing but such lines stand before the next speaker
    line (the parser looks ahead); a member may well read a numbered topic out before asking."""
    s = line.strip(SPACES)
    # (…after the clock of the sitting's opening on the same line: 午後1時02分開議 1 付託事件審査)
    s = _OPENING_CLOCK.sub("", s)
    c = compact(s)
    if not c or len(c) > 60 or re.search(r"[。？！?!]", c) or _NUMBER.fullmatch(c):
        return False      # (５ 番: a seat, letter-spaced)
    return bool(_DOUBLE_BRACKETED.fullmatch(c) or _ITEM_NUMBER.match(s) or _NUMBERED_BILL.match(c)
                or _BRACKETED_ITEM.fullmatch(c)
                or _ITEMS_TOGETHER.fullmatch(c) is not None)


_READER = re.compile(r"[（(〔［\[]([^（()）〔〕［］\[\]、，,]{2,30}?)(?:報告|朗読)[）)〕］\]]")


def reader_note(line: str) -> Label | None:
    """The person a note on its own line hands the floor to: ``（杉立敏也事務局長報告）``,
    ``〔事務局次長報告〕``, ``〔事務局長朗読〕`` (what follows is read or reported by them)."""
    m = _READER.fullmatch(compact(line))
    if not m:
        return None
    found = _unbracketed_label(m.group(1))
    if found is None and m.group(1).endswith("職員") and len(m.group(1)) <= 8:
        found = m.group(1), ""       # （職員朗読）: a member of the staff reads, not the chair
    if found is None or found[0] is None:
        return None
    return Label(text=m.group(1), role=found[0], name=_unspaced(found[1]), speech_at=len(line))


def without_parens(s: str) -> str:
    """``s`` without its parenthetical groups: 法律案(内閣提出、参議院送付) → 法律案."""
    return re.sub(r"[（(][^（()）]*[）)]", "", s)


def is_kanji(ch: str) -> bool:
    return re.fullmatch(f"[{_KANJI}]", ch) is not None


def has_clause(s: str) -> bool:
    """Does ``s`` hold sentence or clause punctuation (。、！？)? Headings never do."""
    return _SENTENCE.search(s) is not None


def is_sentence(line: str) -> bool:
    """Does this line look like speech (reported when it is not read as speech)?"""
    c = compact(line)
    return len(c) >= 8 and ("。" in c or c.endswith(("？", "?", "！")))


def running_heads(lines: list[str]) -> set[str]:
    """Keys (see :func:`head_key`) of lines repeated on many pages: a PDF's running heads.

    A line counts when it appears at least three times, is short, holds no sentence
    punctuation, and names the session (会議録, 定例会, 号, …) or holds a number.
    """
    counts = Counter(head_key(l) for l in lines if l.strip(SPACES))
    heads = {k for k, n in counts.items() if n >= 3 and _head_like(k)}
    # …or twice, the file's first line printed again word for word: the second page's head
    # of a two-page file (a day's title in a file of several days differs in its number)
    first = next((compact(l) for l in lines if l.strip(SPACES)), "")
    if first and _head_like(head_key(first)) and counts[head_key(first)] == 2 \
            and sum(1 for l in lines if compact(l) == first) == 2:
        heads.add(head_key(first))
    # an OCR's reading of the same head with one character wrong (会議録 read 会議緑 on one
    # page): it counts with the heads of its length it differs from by one character
    by_length: dict[int, list[str]] = {}
    for k in counts:
        if len(k) >= 10 and _head_like(k):
            by_length.setdefault(len(k), []).append(k)
    for same in by_length.values():
        for k in same:
            kin = [j for j in same if j != k and Levenshtein.distance(j, k, score_cutoff=1) <= 1]
            if k not in heads and kin and counts[k] + sum(counts[j] for j in kin) >= 3:
                heads.update([k, *kin])
    return heads


def _head_like(k: str) -> bool:
    """Could this line key be a running head? Short (or a page's address a browser prints
    at its foot), no sentence, names the session or holds a number, no speaker marker,
    not a 休憩/再開 line."""
    # (its query's ? is no sentence's end; Firefox prints the page's title before it)
    url = re.fullmatch(r"[^。？！?!]{0,120}?https?://\S+", k) is not None
    return ((len(k) <= 40 or url) and (url or not _SENTENCE.search(k))
            and ("#" in k or any(w in k for w in _RUNNING_HEAD_WORDS))
            and k[:1] not in MARKERS and not _EVENT.fullmatch(k)
            # (no head ends where a list read out goes on: 議案第#号から, …及び, …、)
            and not re.search(r"(?:から|まで|及び|並びに|又は|または|[、，,])$", k)
            and not re.fullmatch(r"[^（()）]{1,12}[（(][^（()）]{1,12}(?:君|議員|さん|氏|様)[）)]", k))   # １０番（田中一郎君）: a label


# what a browser prints at every page's head and foot, as keys (digits read as #)
_BROWSER_PRINTED = re.compile(r"[^。、？！?!]{0,120}?https?://\S+|#+/#+|#+/#+/#+(?::#+)?|#+:#+"
                              r"|#+of#+(?:/#+/#+(?::#+)?)?")     # (Firefox's 1 of 2 and its date)


def strip_page_heads(pages: list[str], edge: int = 2, printed: int = 4) -> list[str]:
    """A PDF's pages without their running heads and feet: lines among the first or last
    ``edge`` non-empty lines of at least two pages and of at least half of them, that
    read as a head (:func:`running_heads` needs three repeats; short PDFs have two) — and,
    among the first or last ``printed``, what a browser prints on every page (its date and
    time, the page's address, its page count: drawn before the body, all four come first)."""
    split = [page.split("\n") for page in pages]
    near = [_edge_lines(lines, edge) for lines in split]
    edges = [_edge_lines(lines, printed) for lines in split]
    seen: Counter[str] = Counter()
    for lines, at, close in zip(split, edges, near):
        # where two of a page's first or last lines are what a browser prints, the page's
        # title printed beside them is too (all four drawn after the body, some browsers)
        filled = [i for i in sorted(at) if lines[i].strip(SPACES)]
        printed_block = {i for block in (filled[:printed], filled[-printed:])
                         if sum(bool(_BROWSER_PRINTED.fullmatch(head_key(lines[i]))) for i in block) >= 2
                         for i in block}
        seen.update({head_key(lines[i]) for i in at if i in close or i in printed_block
                     or _BROWSER_PRINTED.fullmatch(head_key(lines[i]))})
    need = max(2, (len(pages) + 1) // 2)
    heads = {k for k, n in seen.items() if n >= need and _head_like(k)} if len(pages) > 1 else set()
    tables = _column_heads(split, need) if len(pages) > 1 else [set() for _ in split]
    # what a browser prints, two of its lines or more at a page's edge: taken off a page of
    # its own too (a PDF of one page)
    printed_at = [_browser_printed(lines, printed) for lines in split]
    if not heads and not any(tables) and not any(printed_at):
        return pages
    return ["\n".join(l for i, l in enumerate(lines) if not (i in at and head_key(l) in heads) and i not in cols
                      and i not in shown)
            for lines, at, cols, shown in zip(split, edges, tables, printed_at)]


def _browser_printed(lines: list[str], printed: int) -> set[int]:
    """Indices of what a browser prints among a page's first or last ``printed`` lines with
    text, where two of them or more are such lines."""
    filled = [i for i in sorted(_edge_lines(lines, printed)) if lines[i].strip(SPACES)]
    out: set[int] = set()
    for block in (filled[:printed], filled[-printed:]):
        found = {i for i in block if _BROWSER_PRINTED.fullmatch(head_key(lines[i]))}
        if len(found) >= 2:
            out |= found
    return out


def _column_heads(pages: list[list[str]], need: int, top: int = 8, least: int = 3, short: int = 12) -> list[set[int]]:
    """Per page, the lines of a table's column heads printed again at its top (蘭越町's
    議事の経過 / 日程 / 発言者 / 発言 over every page): among a page's first ``top`` non-empty
    lines, runs of ``least`` short lines with no sentence, the same run (read with spaces
    and digits aside) at the top of at least ``need`` pages."""
    def windows(lines: list[str]) -> list[tuple[tuple[str, ...], tuple[int, ...]]]:
        filled = [i for i, l in enumerate(lines) if l.strip(SPACES)][:top]
        keys = [head_key(lines[i]) for i in filled]
        ok = [0 < len(k) <= short and not _SENTENCE.search(k) and k[:1] not in MARKERS for k in keys]
        return [(tuple(keys[j:j + least]), tuple(filled[j:j + least])) for j in range(len(filled) - least + 1)
                if all(ok[j:j + least])]

    found = [windows(lines) for lines in pages]
    count: Counter[tuple[str, ...]] = Counter()
    for page in found:
        count.update({keys for keys, _ in page})
    return [{i for keys, at in page if count[keys] >= need for i in at} for page in found]


def _edge_lines(lines: list[str], edge: int) -> set[int]:
    """Indices of the first and last ``edge`` non-empty lines."""
    filled = [i for i, l in enumerate(lines) if l.strip(SPACES)]
    return set(filled[:edge] + filled[-edge:])


def head_key(line: str) -> str:
    """A line with spaces removed, its full-width forms as half-width and digits as #, so
    that ``－12－`` and ``－13－``, ``（第２号）`` and ``(第2号)`` match."""
    return re.sub(r"[0-9０-９]+", "#", unicodedata.normalize("NFKC", compact(line)))


# ---------------------------------------------------------------------------- labels

# a minutes search system's buttons and check boxes, each on a line of its own where a page
# or its frames are copied (VOICES: 全ての発言を選択; DiscussNet: 全発言者を表示する)
SITE_BUTTONS = frozenset({"全ての発言を選択", "すべての発言を選択", "全発言を選択", "全発言者を表示する",
                          "ヒット発言者のみ表示する", "チェックした発言を表示", "すべてチェック", "すべて選択",
                          "全て選択", "選択した発言を表示", "すべて解除", "全て解除", "冒頭表示切替"})
# what a minutes search system's page says about the search around the minutes
SEARCH_FURNITURE = ("検索語:", "検索語：", "▼最初のヒットへ", "▲前のヒットへ", "▼次のヒットへ",
                    "▼次のヒット", "▲前のヒット", "ヒット箇所", "発言の先頭へ", "発言のURL", "発言URL",
                    "↑ 発言者の先頭へ", "↑発言者の先頭へ", "発言者の先頭へ", "↓ 最初のヒットへ", "↓最初のヒットへ")
# the Diet's minutes search, simple view: each speech's number and speaker (002・櫻内義雄)
_SPEECH_INDEX = re.compile(r"[0-9０-９]{3}・[^\s。、]{1,20}"      # the Diet's simple view: 002・氏名
                           r"|[*＊](?![ \t\u3000])[^。、]{1,30}"   # 福岡県議会: *笠議員質問, *知事答弁 (not a list's
                           #                                       item, * 土日の運行, as Google Docs writes it)
                           r"|[PpＰ][.．][ ]?[0-9０-９]{1,4}[ 　]+[^。、]{1,40}"   # P.9 11番（河本晋一君）
                           # (DiscussNet's list of the speakers, a box to tick each: ☐ 4 ◯市長（…） 3)
                           r"|[☐☑□✓][ \t　]*[0-9０-９]{1,4}[ \t　]+[○◯〇●◆◇◎△■][^。]{1,40}")
# the number a minutes search system puts before each speech (DB-Search: ``2  ◯議長…``,
# ``2: ◯デジタル戦略推進部長　…``)
# (also a table's number cell and a full-width space, or the number right against the
# marker: １　○議長…, 1◯議長…; an aggregator's running number of every speech right
# against a bracketed label: 21464【小美山市長】…; the number named, 発言番号1　○議長…,
# 【発言番号　12】○市長…)
SPEECH_NUMBER = re.compile(rf"[ \t]{{0,6}}(?:(?:発言(?:番号|No\.?|Ｎｏ．?)[ \u3000]?)?[0-9０-９]{{1,4}}"
                           rf"(?:[:：] ?| {{1,2}}|\t|\u3000|(?=[{MARKERS}]))(?![ \t\u3000]*番)"
                           rf"|[【［]発言番号[ \u3000]?[0-9０-９]{{1,5}}[】］][ \u3000]?"
                           rf"|[0-9０-９]{{1,6}}(?=[【［]))(?=\S|[ \u3000\u2000-\u200a])")   # (em spaces: a page's &emsp;)
# the time before each speech of minutes kept with a video (10:02:15　議長（佐藤篤）：…,
# [00:12:05] ○市長…): a clock or a place in the recording, then a space
TIMECODE = re.compile(r"[ \t\u3000]{0,4}[\[［(（]?(?:[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2}(?:[.,．][0-9]{1,3})?)?"
                      r"|(?:午前|午後)?[0-9０-９]{1,2}時[0-9０-９]{1,2}分(?:[0-9０-９]{1,2}秒)?)"
                      r"[\]］)）]?[ \t\u3000]+(?=\S)")
# a field naming the speaker in a database's export (発言者：議長（佐藤篤）, 【発言者】市長),
# and the one before the speech (発言内容：ただいまから…)
SPEAKER_FIELD = re.compile(r"[ \t\u3000]{0,4}[【\[［〔]?(?:発言者(?:名|氏名)?|話者|発言議員)[】\]］〕]?"
                           r"(?:[ \t\u3000]*[：:][ \t\u3000]*|(?<=[】\]］〕])[ \t\u3000]*|[ \t\u3000]+)(?=\S)")
SPEECH_FIELD = re.compile(r"[ \t\u3000]{0,4}[【\[［〔]?(?:発言内容|発言本文|発言|内容|本文)[】\]］〕]?[ \t\u3000]*"
                          r"(?:[：:][ \t\u3000]*|(?<=[】\]］〕]))(?=\S)")


# a list's bullets among the look-alikes: before a label only where the label has its
# brackets or speech follows it on the line, a clause at least (• 事務局長 乾 旬 is a row of a
# page's list of staff, ◦ 山田太郎議員 市の財政について one of its questions; ◦議長　ただいまから、
# …開会いたしま / す。 an OCR's ○)
_BULLETS = "•◦∙"


def split_marker(line: str) -> tuple[str, int]:
    """The speaker marker of a line and where its label starts; ("", 0) without one.

    A marker may follow a little indentation (HTML and PDF exports) or a speech number
    (:data:`SPEECH_NUMBER`) but not a second marker: ○○市… is speech.
    """
    number = SPEECH_NUMBER.match(line)
    if number and number.group().strip(SPACES + ":：") not in ("0", "０"):
        marker, at = split_marker(line[number.end():])
        return (marker, number.end() + at) if marker else ("", 0)
    i = _skip(line, 0)
    if i <= 4 and i < len(line) and line[i] in MARKERS and (line[i + 1:i + 2] not in tuple(MARKERS) or (
            line[i + 1] == "●" and line[i] != "●" and (label := parse_label(line, i + 1)) is not None and label.name)):
        return line[i], i + 1     # (○●●課長（村井正君）: a speed version's unheard word in the office)
    if i <= 4 and i < len(line) and line[i] in LOOKALIKE_MARKERS and (label := parse_label(line, i + 1, loose=True)) is not None \
            and not (line[i] in "OoＯｏ" and re.match("[A-Za-zＡ-Ｚａ-ｚ]", line[i + 1:i + 2])) \
            and not (line[i] in _BULLETS and not re.search("[（(]", label.text)
                     and not re.search("[。、？！?!]|ます|です|ません|ください", line[label.speech_at:])
                     # (◦ and ∙, an OCR's ○ as often: also a label alone on its line, ◦議長 / 　ただいまから…)
                     and (line[i] == "•" or (line[label.speech_at:].strip(SPACES)
                                             and not (label.role and label.role not in MEMBER_ROLES)))) \
            and not ((p := _PARTICLE_START.match(line, _skip(line, label.speech_at)))
                     and line[p.end():p.end() + 1] not in ("、", "，")):
        # ⚪議長（山田太郎君）, O議長（…）: a symbol font's or an OCR's circle before a label
        # (not 。市長（佐藤次郎君）の行政報告を…: a plain wrap that put the 。 first)
        return line[i], i + 1
    return "", 0


# a label closed by a bracket that was never opened (石岡市: ``谷田川委員長)ただ今から,…``,
# ``市長)本日は…``): the bracket ends the label as a colon would
_HALF_CLOSED = re.compile(r"[ \t\u3000]{0,2}([^\s（()）【】［］\[\]「」『』〔〕、。，,：:]{1,24}"
                          r"(?:[ \u3000][^\s（()）【】［］\[\]「」『』〔〕、。，,：:]{1,8})?"
                          # (or a surname told apart by a character in brackets: 鈴木(米)委員長)
                          r"|[\u4e00-\u9fff]{1,4}[(（][\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa][)）]"
                          r"[^\s（()）【】［］\[\]「」『』〔〕、。，,：:]{1,12})[)）][ \t\u3000]*(?=\S)")
# the told-apart character of such a surname
_TOLD_APART_CHAR = re.compile(r"[(（][\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa][)）]")
# what a speech never starts with, and the end of a bracket broken over lines often does
# (自治 / 会長）が委員を…, 前田晋 / 太郎君）の答弁)
_PARTICLE_START = re.compile(r"(?:が|の|を|に|は|と|で|も|へ|や|から|より|まで|について|という|との)(?![\u3041-\u3096])")


def half_closed_label(line: str, alone: bool = False) -> Label | None:
    """The speaker of a line that starts ``LABEL)`` (no opening bracket) with speech after
    it — or, ``alone``, with nothing after it (the speech on the next line) —, or None.
    Only a file written so reads them (see minutes.py): a line of speech may begin with the
    end of a parenthesis broken over lines."""
    bare = line.rstrip(SPACES)
    m = _HALF_CLOSED.match(bare + " ." if alone else line)
    if alone and (m is None or m.end() != len(bare) + 1):
        return None
    if not m or (not alone and _PARTICLE_START.match(line, m.end())):
        return None
    found = _half_closed_found(m.group(1))
    if found is None:
        return None
    if alone:
        return Label(text=bare.strip(SPACES), role=found[0], name=found[1], speech_at=len(bare))
    return Label(text=line[:m.end()].strip(SPACES), role=found[0], name=found[1],
                 speech_at=_speech_start(line, m.end()))


def _half_closed_found(head: str) -> tuple[str | None, str] | None:
    """The office and name of a label that lost its opening bracket (``head`` is what stands
    before the closing one), or None."""
    if (told := _TOLD_APART_CHAR.search(head)) is not None:
        # 鈴木(米)委員長): one of two members of a surname, told apart as their record does
        found = _half_closed_found(head[:told.start()] + head[told.end():])
        if found is None or not found[1] or compact(found[1]) != compact(head[:told.start()]):
            return None
        return found[0], found[1] + told.group()
    bare, honorific = strip_honorific(head)
    if honorific and (glued := _glued(bare)) is not None:
        return glued        # 議長堤孝之議員): the office run into the name, not a member 議長堤孝之
    c = compact(head)
    twice = next((o for o in sorted(OFFICES_FIRST, key=len, reverse=True)
                  if c.startswith(o) and c.endswith(o) and len(c) > 2 * len(o)), None)
    if twice and re.fullmatch(f"[{_KANJI}]{{2,6}}", c[len(twice):-len(twice)]):
        return twice, c[len(twice):-len(twice)]    # 議長坂井芳浩議長): ◯議長(坂井芳浩議長) that lost "("
    found = _unbracketed_label(head)
    if found is None or found[0] is None:
        # the office run into the name (事務局次長北川正人), a space in the name (議長水谷 功)
        found = _glued(bare) or found
    if found is None or found[0] is None:
        # the chair's or a head's office, then a name the dictionary does not know (市長伊藤和宇):
        # the bracket closed after it says it is a label
        c = compact(bare)
        office = next((o for o in sorted(OFFICES_FIRST, key=len, reverse=True) if c.startswith(o)), None)
        if office and re.fullmatch(f"[{_KANJI}]{{2,6}}", c[len(office):]) \
                and not re.search("(?:報告|答弁|挨拶|あいさつ|提出|説明|発言|質問|就任|退席|登壇|選挙|指名|宣告|要求|許可)$", c):
            found = office, c[len(office):]
    if found is None and compact(head).endswith("事務局") and len(compact(head)) <= 8:
        found = compact(head), ""           # 事務局)…, 議会事務局)…
    if found is None or not (found[0] or found[1]):
        return None
    return found


def field_label(line: str) -> Label | None:
    """The speaker named by a database export's field (``発言者：議長（佐藤篤）``,
    ``【発言者】山田太郎``), or None. The field says it is a speaker: a label this module
    cannot read there is taken whole as a name (or a role)."""
    m = SPEAKER_FIELD.match(line)
    if not m or _TABLE_HEAD.fullmatch(compact(line)):
        return None     # (発言者　発言内容: a table's header row, typed again on each page)
    label = parse_label(line, m.end(), loose=True)
    if label is not None:
        return label
    rest = line[m.end():]
    end = next((i for i, ch in enumerate(rest) if ch in SPACES), len(rest))
    word = rest[:end]
    if not word or len(word) > UNBRACKETED_MAX or _SENTENCE.search(word):
        return None
    name, _ = strip_honorific(word)
    role = compact(name) if is_role(name) else None
    return Label(text=word, role=role, name="" if role else name, speech_at=_speech_start(line, m.end() + end))


# a list's key to its marks in a heading's brackets (※は署名議員), where a name would stand
_LIST_KEY = re.compile(r"[※＊*]印?は")


def parse_label(line: str, start: int, loose: bool = True) -> Label | None:
    """The speaker label at ``line[start:]``, or None if the line is not a speaker line
    (see :func:`_parse_label`; a list's row that names no one, 委員外議員（なし）, is none)."""
    found = _parse_label(line, start, loose)
    if found is not None and found.name and (compact(found.name) in NO_ONE
                                             or _LIST_KEY.match(compact(found.name))
                                             or "氏名" in compact(found.name)):
        return None       # (…or a list's key to its marks, ◎応招議員（※は署名議員）, or a table's
        #                   column heads, 議席番号　氏名　出席等の別: no one)
    if found is not None and found.role and (office := _after_heading(found.role)) is not None:
        found = replace(found, role=office)   # (see _after_heading)
    return found


def _after_heading(role: str) -> str | None:
    """The office at the end of ``role`` where a heading ran into it (a copy that lost the
    line break and the marker: 委員長あいさつ委員長渡辺務君), 日程第1 一般質問副議長(波多洋治君)) —
    the heading a greeting's or the agenda's (…あいさつ, 日程第１, 一般質問) — else None."""
    if not any(w in role for w in ("あいさつ", "挨拶", "日程第")):
        return None       # (the common case, on every label: nothing to look for)
    for k in range(2, len(role) - 1):
        head, office = role[:k].strip(SPACES), role[k:].strip(SPACES)
        agenda = _AGENDA_HEAD.fullmatch(head)
        if ((head.endswith(("あいさつ", "挨拶")) and not is_role(compact(head)))
                or (agenda is not None and heading_words(agenda.group(1)))) and is_role(office):
            return office
    return None


# an agenda item's number and its title (日程第1 一般質問)
_AGENDA_HEAD = re.compile(rf"日程第{_NUM}+[{SPACES}]*(\S+)")


def _parse_label(line: str, start: int, loose: bool = True) -> Label | None:
    """The speaker label at ``line[start:]``, or None if the line is not a speaker line.

    ``loose`` allows the unbracketed forms (``関谷 博君``, ``佐藤市長``, ``議長``,
    ``議長　佐藤篤``); without it (lines with no marker) only the bracketed forms and
    labels ended by a colon count, because a speech line may well begin 「市長、」.
    """
    rest = line[start:]
    if not rest.strip(SPACES):
        return None
    if _READING.search(rest[:LABEL_MAX]) and not _KANA_INITIAL.match(rest):
        # a name with its reading (東海林（しょうじ）和夫君): the label read without it
        plain, cuts = _without_readings(rest)
        found = _label(plain, start, loose)
        whole = _label(rest, start, loose)
        if found is not None and not found.name and whole is not None \
                and re.fullmatch("[\u30a1-\u30faー・＝=]{2,}", compact(whole.name)):
            return whole      # ○国際交流員（ジェイコブ・ブラウン）: a name in katakana, no reading
        if found is not None and cuts[0][0] < found.speech_at - start:   # in the label
            at = found.speech_at - start
            at += sum(n for pos, n in cuts if pos <= at)
            return Label(text=rest[:at].strip(SPACES), role=found.role, name=found.name,
                         speech_at=start + at)
    if (unclosed := _UNCLOSED_LABEL.match(rest)) is not None and _label(rest, start, loose) is None:
        # ○議長（〓橋幸一君　これより…: a speed version's label whose closing bracket was
        # never typed — the office, the name and its 君, then a space and the speech
        office, name = compact(unclosed.group(1)), unclosed.group(2).strip(SPACES)
        if (is_role(office) or is_member_number(office)) and (is_name(name) or _BARE_NAME.fullmatch(compact(name))):
            return Label(text=rest[:unclosed.end(3)].strip(SPACES), role=office, name=name,
                         speech_at=start + unclosed.end())
    if loose and (named := _COLON_THEN_NAME.fullmatch(rest)) is not None:
        # 議長：山田太郎 alone on its line (the speech on the next): the office, then the name
        office, name = _unbracketed_label(named.group(1)), strip_honorific(named.group(2))[0]
        if office is not None and office[0] and not office[1] and _is_full_name(name):
            return Label(text=rest.strip(SPACES), role=office[0], name=name, speech_at=start + len(rest))
    found = _label(rest, start, loose)
    if found is None and (ref := _PAGE_REF.search(rest[:LABEL_MAX])) is not None:
        # ◯福田美子君[ 119頁]  皆様、…: DiscussNet's page reference after a label, read as
        # the space it stands in
        head = rest[:ref.start()] + " " * (ref.end() - ref.start()) + rest[ref.end():]
        if (paged := _label(head, start, loose)) is not None and paged.speech_at - start >= ref.end():
            return paged
    if found is None and "［" in rest[:LABEL_MAX]:
        # ○井本英一議員［登壇］　おはよう…: a note in square brackets right after a label
        # without brackets, read as its 〔登壇〕 is
        head = re.sub(r"［([^［］]{1,16})］", lambda m: f"〔{m.group(1)}〕" if re.search(_NOTE_HINTS, m.group(1))
                      else m.group(), rest[:LABEL_MAX])
        if head != rest[:LABEL_MAX] and (noted := _label(head + rest[LABEL_MAX:], start, loose)) is not None:
            return replace(noted, text=rest[:noted.speech_at - start].strip(SPACES))
    if "〔" in rest[:LABEL_MAX]:
        # ○松原〔秀〕 委員長, ◎長岡 福祉部副参事〔元気高齢者対策担当〕 (大田区): a name's initial,
        # an office's charge in tortoise-shell brackets where others write round ones — not a
        # note after the label (〔登壇〕)
        head = _KIKKOU.sub(lambda m: f"（{m.group(1)}）" if _TOLD_APART_BY.fullmatch(m.group(1))
                           and m.start() > 0 and rest[m.start() - 1] not in SPACES else m.group(), rest[:LABEL_MAX])
        swapped = _label(head + rest[LABEL_MAX:], start, loose)
        if swapped is not None and (found is None or swapped.speech_at > found.speech_at):
            return replace(swapped, text=rest[:swapped.speech_at - start].strip(SPACES))
    if found is None and (eq := _EQUALS_AFTER.match(rest)) is not None:
        # ◎松下警察本部長=二月二十四日付で…: a label without brackets, ＝ and the speech (佐賀県議会)
        head = _label(rest[:eq.end(1)], start, loose)
        if head is not None and head.speech_at >= start + eq.end(1):
            return replace(head, speech_at=start + eq.end())
    return found


_PAGE_REF = re.compile(r"[\[［【][ \u3000]*[0-9０-９]{1,4}[ \u3000]*頁[ \u3000]*[\]］】]")
_EQUALS_AFTER = re.compile(rf"([{SPACES}]*[^=＝{SPACES}。、「」（）()]{{2,30}})[=＝](?=[^=＝{SPACES}])")
_KIKKOU = re.compile(r"〔([^〔〕（）()「」『』\s]{1,16})〕")
# what such brackets hold glued to a label: a kanji of the given name (〔秀〕), an office's
# charge (〔元気高齢者対策担当〕) — not a note (〔私語〕, 〔自席〕, 〔資料提示〕)
_TOLD_APART_BY = re.compile(rf"[{_KANJI}]|[^〔〕]{{2,16}}(?:担当|事務取扱|兼務)")


# an office, an opening bracket, a name and 君 with no closing bracket, a space, speech
_UNCLOSED_LABEL = re.compile(rf"[{SPACES}]*([^（()）{SPACES}]{{1,16}})[（(]([^（()）{SPACES}]{{1,8}}(?:[ \u3000][^（()）{SPACES}]{{1,6}})??)"
                             rf"(君|議員)[{SPACES}]+(?=\S)")
# an office, a colon and a name, nothing else: 議長：山田太郎, 市長: 佐藤一郎君
_COLON_THEN_NAME = re.compile(rf"[{SPACES}]*([^{COLONS}{SPACES}]{{1,16}})[{COLONS}][{SPACES}]*"
                              rf"([^{COLONS}{SPACES}。、]{{2,12}}|[^{COLONS}{SPACES}。、]{{1,4}}[{SPACES}][^{COLONS}{SPACES}。、]{{1,4}}(?:君|議員)?)[{SPACES}]*")


# members of one surname told apart by the given name's first kana (佐藤（ゆ）委員), not a
# reading: one kana cannot read a surname of two kanji
_KANA_INITIAL = re.compile(rf"[{SPACES}]*[{_KANJI}]{{2,5}}[（(][\u3041-\u3096\u30a1-\u30fa][）)](?:委員|分科員|議員|理事)")
# a reading in brackets after a name's kanji: 東海林（しょうじ）, 五十嵐(いがらし); and
# （続）, a speech going on after an interruption (○５番（続）)
# (also as Aozora Bunko writes ruby: 四十物《あいもの》)
_READING = re.compile(rf"(?<=[{_KANJI}])(?:[（(](?:[\u3041-\u3096\u30a1-\u30faー・]{{1,12}}|続き?)[）)]"
                      rf"|《[\u3041-\u3096\u30a1-\u30faー・]{{1,12}}》)")


def _without_readings(rest: str) -> tuple[str, list[tuple[int, int]]]:
    """``rest`` without the readings in its first LABEL_MAX characters, and each cut:
    where it was (an index into the text without them) and its length."""
    out, cuts, last = [], [], 0
    for m in _READING.finditer(rest[:LABEL_MAX]):
        out.append(rest[last:m.start()])
        cuts.append((m.start() - sum(n for _, n in cuts), m.end() - m.start()))
        last = m.end()
    out.append(rest[last:])
    return "".join(out), cuts


def _opening_lost(rest: str, loose: bool) -> _Found | None:
    """``議長吉村裕一君) ただいまの…``: a search site's copy that lost the opening bracket
    of ``議長（吉村裕一君）``. The role is the longest start that reads as one, the rest a
    name with its honorific (or a standing title's holder: 理事長大矢敏子)."""
    m = re.match(r"([^\s（()）【】［］「」、。]{3,30})[)）]", rest)
    if not loose or not m:
        return None
    head = m.group(1)
    name, honorific = strip_honorific(head)
    for k in range(len(name) - 2, 1, -1):
        role, who = name[:k], name[k:]
        # (…or the secretariat: 事務局緒里哲司君) is ◯事務局(緒里哲司君), 春日市 on chiholog)
        if (is_role(role) or role in ("事務局", "議会事務局")) and _BARE_NAME.fullmatch(who) and (
                honorific in ("君", "議員", "さん", "氏", "様") or (_title_suffix(role) == role and _is_full_name(who))):
            return rest[:m.end()], role, who, _speech_start(rest, m.end())
    return None


# a run of single characters spread out by spaces at a line's start (議 事 日 程)
_SPACED_HEAD = re.compile(r"(?<!\S)(?:[^\s。、？！?!「」『』（）()][ \u3000]{1,3}){2,14}[^\s。、？！?!「」『』（）()](?=[ \u3000(（]|$)")


def _label(rest: str, start: int, loose: bool) -> Label | None:
    kind = _KIND_FIRST.match(rest)
    if kind:
        # （答弁）藤原総務課長… (北島町's 一般質問): the kind of remark before the speaker
        # (the bracket says a label follows: it may be one with no brackets)
        after = _label(rest[kind.end():], start + kind.end(), True) if rest[kind.end():].strip(SPACES) else None
        if after is None and rest[kind.end():].strip(SPACES) and (glued := glued_label(rest, kind.end())) is not None:
            # （答弁）中川町長財源を…: the label run into the speech
            after = replace(glued, speech_at=start + glued.speech_at)
        if after is not None and (after.role or after.name):
            return Label(text=rest[:after.speech_at - start].strip(SPACES), role=after.role,
                         name=after.name, speech_at=after.speech_at)
    found = _bracketed(rest, loose) or _whole_bracket(rest) or _opening_lost(rest, loose)
    if found is None:
        found = _unbracketed(rest, loose)
        # a heading (○理事補欠選任の件) is no label; a person's label before speech that
        # reads like one is (◯藤山議員 質問の第一点目について / 伺いたいと思います。)
        if found is not None and heading_words(rest) and (not found[2] or found[1] is None) \
                and not is_event(rest[found[3]:]) and not (_dashed(rest, found[3]) and not heading_words(found[0])):
            found = None      # …and 〇議  事  日  程 is no member 議 事 (議 長　　午後2時00分開議
            #                   is the chair; 教 育 長 - 当面の日程について報告, a dash after
            #                   the office, is the superintendent, whatever the summary says)
        if found is not None and any(spaced.start() < len(found[0].rstrip(SPACES)) < spaced.end()
                                     and heading_words(compact(spaced.group()))
                                     for spaced in _SPACED_HEAD.finditer(rest[:len(found[0]) + 40])):
            found = None      # (…定例会) 議 事 日 程 (第1号) 平成24年…、…: a heading spread out, which
            #                   the label's name would end inside, whatever follows it
    if found is None:
        return None
    text, role, name, at = found
    said = re.search("[。？！?!]", rest[at:at + 200]) is not None
    if not role and not said and re.search("平成|令和|昭和|大正", compact(name or "")) \
            and not compact(text).rstrip("）)】〕").endswith(("君", "議員", "委員", "さん", "氏")):
        return None       # 令 和  年 第   回, 令和 元年 9月20日…: a date spread out over a head, no name
    if not said and name and compact(name) in ("社", "財", "株", "有", "独", "特非", "一社", "公社", "一財", "公財"):
        return None       # 参考人   (社)平城遷都…協会: a body's legal form in brackets over a head, no person
    if (role and _OUTLINE_NUMBER.match(role)) or _TOPIC_AFTER.match(rest, at):
        return None       # (1)参考人(広島県知事)からの意見聴取: an item of an outline, not a speaker
    if role and len(role.split()) >= 2 and all(len(t) == 1 for t in role.split()):
        role = compact(role)      # 議 長（…）, ５　番（…）: letter-spaced to fill a column
    if role and len(role) > 1 and _stray_symbol(role[0]) and role[1] != role[0]:
        role = role[1:].lstrip(SPACES)   # ※議長（…）, ▽市長（…）, →１番（…）: a file's own marker
    return Label(text=text, role=role, name=_unspaced(name), speech_at=start + at)


def _stray_symbol(ch: str) -> bool:
    """A symbol or punctuation that no office starts with (a bullet, an arrow, a note
    mark): before a label, the file's own speaker marker. Not ★/☆ (the speed version's
    mark for a word not heard, which may stand for an office's first word), not brackets."""
    return unicodedata.category(ch) in ("So", "Sm", "Sk", "Po", "Pd") and ch not in "★☆〃々〆ヶ"


def glued_label(line: str, start: int, goes_on: bool = False) -> Label | None:
    """A speaker label run into the speech with nothing between (○山野議長おはようございます。,
    ○川村総務課長ご説明いたします。: 和歌山's towns' minutes as their search pages give them),
    after a marker at ``start``, or None. The label is the longest start of the line that
    reads as one and ends in an office or honorific (so not 森本一郎議員質問); what follows
    must say something (a sentence's end in it — or, where the line wraps before it and
    ``goes_on`` says the next line ends it, a clause: ○玉木議長日程第１、議案第８１号、… /
    …を議題とします。)."""
    rest = line[start:]
    lead = len(rest) - len(rest.lstrip(SPACES))
    spaced = [i for i, ch in enumerate(rest) if ch not in SPACES]     # ○ 井 上 町 長 皆 様 、…
    first = re.split("[。？！?!]", rest[lead:])[0].rstrip(SPACES)
    if re.search(f"[{SPACES}]", first) and not re.fullmatch(rf"(?:\S[{SPACES}])+\S", first):
        return None       # ○議長席より　佐藤篤　続けます。: spaces part the label, where there is one
    best = None
    for n in range(2, min(len(spaced), 16) + 1):
        head = "".join(rest[i] for i in spaced[:n])
        if not (head.endswith(ROLE_SUFFIXES + HONORIFICS + ("事務局",)) or is_member_number(head)) \
                or head.endswith(("委員会", "議会")):
            continue
        nxt = rest[spaced[n]] if n < len(spaced) else ""
        if not nxt or nxt in "（(・、。のがをに" or re.search("[\u3041-\u3096]", head) \
                or (nxt in "長員" and is_role(head + nxt)) \
                or (head + nxt).endswith(("委員会", "議会", "部会", "分科会", "長会")) \
                or rest[spaced[n]:].startswith(("から", "より", "各位", "さん", "様", "まで", "へ", "と", "も")) \
                or (nxt == "は" and not re.match("[\u3041-\u3096]", rest[spaced[n + 1]] if n + 1 < len(spaced) else "")):
            continue      # …次長福岡議員のご質問に, 知事は、: a person named in the speech, not the label
        found = _unbracketed_label(head) or ((head, "") if head.endswith("事務局") and len(head) <= 8 else None)
        if found is not None and (found[0] or found[1]) and not _SENTENCE.search(head) \
                and found[1] not in REMARK_KINDS:        # ●問  知事は…: a question, not 問 the governor
            best = n, found
    if best is None:
        return None
    n, (role, name) = best
    at = spaced[n]
    wrapped = goes_on and bool(name) and "、" in rest[at:] and not _TOPIC_END.search(rest[at:])
    if not (re.search("[。？！?!]", rest[at:]) or wrapped) or heading_words(rest[lead:]):
        return None       # (a wrapped line's label names its speaker: ○議員定数、議員報酬の見直しについて
        #                   is a member's topic, not the member 議員 saying 定数、…)
    return Label(text=rest[:at].strip(SPACES), role=role, name=_unspaced(name) if name else "",
                 speech_at=start + at)


# a topic's end (…の見直しについて): a line so ending is no speech wrapped before its sentence's end
_TOPIC_END = re.compile(f"(?:について|に関して|に関する件|の件)[{SPACES}]*$")
_SP = f"[{SPACES}]*"
# the kind of remark in brackets before the speaker, maybe letter-spaced: （答弁）, （ 質 問 １ ）
_KIND_FIRST = re.compile(f"[（(]{_SP}(?:再{_SP})?(?:質{_SP}問|答{_SP}弁|質{_SP}疑|問|答){_SP}(?:[0-9０-９]{_SP})?[）)]{_SP}")
_OUTLINE_NUMBER = re.compile(r"[（(][0-9０-９]{1,2}[）)]")
_TOPIC_AFTER = re.compile(r"(?:からの|への|について|に対する|に関する)")


def _unspaced(name: str) -> str:
    """A name letter-spaced to fill a column (鈴　木　太　郎, PDF and table exports) without
    the spaces; a family and a given name kept apart by one space (山田 花子, 林　誠) stay."""
    name = re.sub("[\u200b\u2060\ufeff]", "", name)     # zero width: 山田\u200b太郎 is 山田太郎
    parts = name.split()
    if len(parts) >= 3 and sum(len(p) > 1 for p in parts) <= 1:   # 前　田　晋太郎 too
        return "".join(parts)
    return name


_Found = tuple[str, "str | None", str, int]


def _close(s: str, i: int) -> int | None:
    """Index of the bracket closing ``s[i]``, or None (half- and full-width round
    brackets pair with each other and nest)."""
    pairs = {"（": "）", "(": ")", "【": "】", "［": "］", "[": "]", "〈": "〉", "《": "》", "「": "」", "〔": "〕",
             "＜": "＞", "<": ">"}
    round_ = s[i] in "（("
    opens, closes = ("（(", "）)") if round_ else (s[i], pairs[s[i]])
    depth = 0
    for j in range(i, min(len(s), i + LABEL_MAX)):
        depth += (s[j] in opens) - (s[j] in closes)
        if depth == 0:
            return j
    return None


def strip_honorific(inner: str) -> tuple[str, str]:
    """("佐藤篤", "君") from "佐藤篤君"; ("佐藤篤", "") when there is none."""
    c = inner.strip(SPACES)
    for h in HONORIFICS:
        if c.endswith(h) and len(c) > len(h):
            return c[:-len(h)].strip(SPACES), h
    return c, ""


# a grade after an office (参事3級, 主査２級)
_GRADE = re.compile(r"[0-9０-９一二三四五]級$")


def is_role(s: str) -> bool:
    """``議長``, ``総合政策部長``, ``１８番``, ``国務大臣（内閣府特命担当大臣（…））``."""
    c = compact(s)
    if _NUMBER.fullmatch(c):
        return True
    if _SEAT.match(c):
        return False     # １９番佐藤五郎議員: a seat number, then a member
    if (grade := _GRADE.search(c)) is not None and grade.start() >= 2:
        c = c[:grade.start()]      # 生涯学習部参事3級: an office and its grade (函館市)
    return bool(_ROLE.fullmatch(c)) and c.endswith(ROLE_SUFFIXES) and (
        not heading_words(c) or c.startswith(ROLE_HEADS))


def is_member_number(s: str) -> bool:
    """``１８番``: a member's seat number, shown to nobody."""
    return _NUMBER.fullmatch(compact(s)) is not None


# the offices members of the assembly hold when they speak (not the executive's: 市長, 部長)
MEMBERS_OFFICES = ("議長", "委員長", "分科会長")
MEMBERS_OWN_OFFICES = ("主査", "副主査", "座長", "副座長")    # (a committee's 主査: not 財政課主査, a city's staff)
# …but the chairs of the executive's commissions answer for the executive (選挙管理委員会委員長)
_EXECUTIVE_BODIES = ("選挙管理", "教育委員", "農業委員", "公平委員", "人事委員", "監査委員", "固定資産", "公安委員",
                     "収用委員", "労働委員", "海区漁業", "内水面漁場")


def is_member_role(role: str | None) -> bool:
    """Does a speaker with ``role`` sit in the assembly: no role (○山田太郎君), a seat number,
    議員 / 委員, or an office members hold (議長, 副議長, 総務常任委員長, 主査)?"""
    c = compact(role or "")
    return not c or is_member_number(c) or c in MEMBER_ROLES or c in MEMBERS_OWN_OFFICES or (
        c.endswith(MEMBERS_OFFICES) and not any(b in c for b in _EXECUTIVE_BODIES))


def is_name(s: str) -> bool:
    c = compact(s)
    if any(ch in "?？" for ch in c) and sum(map(is_kanji, c)) < 2:
        return False      # そうですか？ is no name with a lost kanji
    return bool(_NAME.fullmatch(c)) and not c.startswith(NOT_NAMES) and c not in NO_ONE


def is_group(s: str) -> bool:
    """Is ``s`` the name of a party or a council group (自由民主党, 新政会, 市民クラブ)?"""
    c = compact(s)
    return 2 <= len(c) <= 20 and bool(_ROLE.fullmatch(c)) and (
        c.endswith(GROUP_ENDS) or (len(c) >= 3 and c.endswith("会") and not c.endswith(BODY_ENDS[1:] + ("委員会", "協議会", "議会", "協会", "連合会", "審議会", "商工会", "社会"))))


def _without_group(inner: str) -> str:
    """A bracket's text without a group written beside the name: 山田太郎君・自民党,
    自民党　山田太郎君 → 山田太郎君."""
    joined = re.fullmatch(f"[{SPACES}]*([^{SPACES}]+?[・･][^{SPACES}]+)[{SPACES}]+([^{SPACES}].*)", inner)
    if joined and is_group(re.split("[・･]", joined.group(1))[0]) \
            and not _surname_alone(re.split("[・･]", joined.group(1))[-1]) \
            and _is_full_name(strip_honorific(joined.group(2))[0]):
        # 県民クラブ・無所属の会　中川四郎君: one group of two names, then the member's full
        # name (not 自民党・山田　太郎君: the group, then a name with a space in it)
        return joined.group(2).strip(SPACES)
    parts = [p for p in re.split(f"[・･／/、，,{SPACES}]+", inner.strip(SPACES)) if p]
    if len(parts) >= 2 and is_group(parts[-1]):
        return inner[:inner.rfind(parts[-1])].rstrip("・･／/、，," + SPACES)
    if len(parts) >= 2 and is_group(parts[0]):
        return inner[inner.find(parts[0]) + len(parts[0]):].lstrip("・･／/、，," + SPACES)
    return inner


def _note_then_space(rest: str, at: int) -> bool:
    """Does a stage note in brackets stand at ``at``, then a space, a colon or the line's
    end (教育課長（加納雅人君）（報告のため登壇）　ご説明…)?"""
    close = _close(rest, at) if rest[at:at + 1] in "（(〔" else None
    return close is not None and is_stage_direction(rest[at + 1:close]) \
        and (close + 1 == len(rest) or rest[close + 1] in SPACES + COLONS)


def _nested_label(inner: str) -> tuple[str | None, str] | None:
    """(role, name) where a kind's or a category's brackets hold a whole bracketed label:
    ◯答弁(観光課政策監(観光魅力創造担当)), ○理事者（総務部長（佐藤一郎君））."""
    if not re.search(r"[（(].*[）)]", inner):
        return None
    found = _bracketed(inner.strip(SPACES), True)
    if found is None or found[3] < len(inner.strip(SPACES)) or not (found[1] or found[2]):
        return None
    last = re.search(r"[（(]([^（()）]*)[）)][ \u3000]*$", inner)
    outer = _unbracketed_label(inner[:last.start()]) if last is not None else None
    if found[2] and outer is not None and outer[1] and (outer[0] in MEMBER_ROLES or is_group(last.group(1))):
        return outer      # 質疑(下西委員(自民)): the member, the party after the label
    if found[2] and last is not None and re.search("事務取扱|担当|兼務|代理|職務", last.group(1)):
        return compact(inner), ""      # 理事者（総務部長（事務取扱））: the office and its charge
    if compact(found[2]) in ("全員", "一同", "各位"):
        return found[1], ""            # 要望(委員(全員)): the members all, no one named
    return found[1], found[2]


# the separators of a site's breadcrumb trail (トップページ > 議会 > 会議録)
_TRAIL = re.compile(r"[>＞»›〉]")


def _bracketed(rest: str, loose: bool) -> _Found | None:
    """``ROLE（NAME[君]）`` with the speech after it: 議長（佐藤篤君）, 市長(前田晋太郎),
    １８番（山田太郎議員）, 国務大臣（…（…））（三原じゅん子君）.

    Every closing bracket is tried in turn; the name is the last bracketed group. With an
    honorific any role text is accepted (the Diet's roles are open-ended); without one the
    role must read as a role (:func:`is_role`). Without ``loose`` (a line with no marker)
    a space, a colon or the line end must follow, since speech may begin
    「市長（前田晋太郎君）の答弁を求めます。」.
    """
    for m in re.finditer(r"[）)］\]】]", rest[:LABEL_MAX]):
        end = m.end()
        head = rest[:end]
        if _depth(head) != 0 or "。" in head or "、" in head:
            continue
        opening = _last_group_start(head)
        if opening is None or opening == 0:
            continue
        role, inner = head[:opening].strip(SPACES), head[opening + 1:-1]
        if _TRAIL.search(role):
            continue      # 現在地 トップページ > … > 議会事務局(監査委員) > …: a page's trail, no office
        if is_stage_direction(inner):
            continue      # ○森田事務局長（表彰者名朗読）: what is done, not who
        if compact(role) in CITIZENS and 1 <= len(compact(inner)) <= 10 \
                and not _SENTENCE.search(inner) and (loose or end == len(rest) or rest[end] in SPACES + COLONS):
            # ○参加者（男性）, ○参加者（女性・３０代）: a citizen at a report meeting, described
            return head.strip(SPACES), compact(role), compact(inner), _speech_start(rest, end)
        told = _TOLD_APART.fullmatch(compact(role))
        if told and told.group(1) in CITIZENS and 1 <= len(compact(inner)) <= 10 and not _SENTENCE.search(inner) \
                and (loose or end == len(rest) or rest[end] in SPACES + COLONS):
            # 市民Ａ（本町）, 市民Ｂ（男性）: a citizen told apart by a letter, then described
            # (one person with 市民Ｂ： later)
            return head.strip(SPACES), told.group(1), told.group(2), _speech_start(rest, end)
        if re.fullmatch(f"(?:再[再々]?)?(?:質問|答弁|質疑){_ROUND}|要望|意見|発言|報告|説明|反問", compact(inner)) \
                and (who := _unbracketed_label(role)) is not None and (who[0] or who[1]):
            # 家塚議員（再質問）: the speaker, then the kind of remark in brackets
            return head.strip(SPACES), who[0], who[1], _speech_start(rest, end)
        bullet = re.match(rf"[0-9０-９]{{1,2}}[.．][{SPACES}]*", role)
        if bullet and (is_role(role[bullet.end():]) or is_member_number(role[bullet.end():])):
            role = role[bullet.end():]      # １．議長（大山次郎君）: every speaker line a list item
        if not loose and end < len(rest) and rest[end] not in SPACES + COLONS and not _note_then_space(rest, end) \
                and not _KIND_AFTER_LABEL.match(rest, end):
            continue
        if is_group(role) and (member := _unbracketed_label(inner)) is not None and member[1] \
                and member[0] in MEMBER_ROLES:
            # ○自由民主党（吉村達也委員）: a group's view, given by its member (意見開陳)
            return head.strip(SPACES), member[0], member[1], _speech_start(rest, end)
        if (compact(role) in CATEGORIES or re.fullmatch(f"番外{_NUM}{{1,3}}番", compact(role))) \
                and (office := _unbracketed_label(inner) or _nested_label(inner)) is not None and office[0]:
            # ○理事者（総務部長）, ○説明員（総務課長　佐藤恵子君）: the office is the role
            return head.strip(SPACES), office[0], office[1], _speech_start(rest, end)
        if compact(role).endswith(BODY_ENDS) and compact(role) not in ROLE_SUFFIXES \
                and (office := _unbracketed_label(inner)) is not None \
                and office[0] and office[1] and not is_member_number(office[0]):   # (not ○司会（…議員）)
            # ◎文教警察常任委員会(松本基志 委員長): the committee, then its chair's name and title
            return head.strip(SPACES), compact(role) + office[0], office[1], _speech_start(rest, end)
        if loose and is_member_number(inner) and (member := _unbracketed_label(role)) is not None and member[1] \
                and (not member[0] or member[0] in MEMBER_ROLES):
            # 川口幸義 議員（22番）: a member's name and title, the seat after (奄美市's PDF)
            return head.strip(SPACES), compact(inner), member[1], _speech_start(rest, end)
        if is_group(inner) and (member := _unbracketed_label(role)) is not None and member[1]:
            # ○田中一郎議員（立憲民主党）: the member's party after the label
            return head.strip(SPACES), member[0], member[1], _speech_start(rest, end)
        if end < len(rest) and rest[end] in "（(" and (after := _close(rest, end)) is not None \
                and (strip_honorific(rest[end + 1:after])[1] or (
                    len(nxt_inner := rest[end + 1:after].strip(SPACES)) >= 3 and _is_full_name(nxt_inner))):
            continue      # ○副市長（市長職務代理者）（山田一郎君）, …理事（保育担当）（真鍋佳代）:
            #               the name is in the next brackets
        if (is_role(inner) or compact(inner) in ("事務局", "議会事務局") + STANDALONE_ROLES) \
                and not strip_honorific(inner)[1] and not is_role(role) and is_name(role) \
                and not REMARK_KIND.fullmatch(role) and _is_full_name(role):     # not ◎防災対策（市長）, a topic
            # ○佐藤篤（議長）, 佐藤（事務局）：お答えします。 (a council's record)
            return head.strip(SPACES), compact(inner), role, _speech_start(rest, end)
        inner = _without_group(inner)       # ○１番（山田太郎君・自民党）
        short = compact(strip_honorific(inner)[0])
        if (same := _common_title(compact(role), short)) and len(short) > len(same) and is_role(role) \
                and (_surname_alone(short[:-len(same)]) or _is_full_name(short[:-len(same)])):
            # ○道路課長（鈴木課長）: the surname and the title shortened
            return head.strip(SPACES), compact(role), short[:-len(same)], _speech_start(rest, end)
        if (is_role(inner) or _SPHERES.fullmatch(compact(inner))) \
                and not strip_honorific(inner)[1] and not is_member_number(inner) \
                and not compact(inner).endswith(compact(role)) and (outer := _unbracketed_label(role)) is not None and outer[0]:
            # a second office in brackets, no name: 大北秀特命担当部長(会計管理者); what the
            # office covers: 障害福祉課主幹(企画・給付)
            return head.strip(SPACES), f"{outer[0]}（{compact(inner)}）", outer[1], _speech_start(rest, end)
        name, honorific = strip_honorific(inner)
        if REMARK_KIND.fullmatch(role) and (loose or end == len(rest) or rest[end] in SPACES + COLONS):
            if (inner_label := _unbracketed_label(inner) or _nested_label(inner)) is not None:
                return head.strip(SPACES), inner_label[0], inner_label[1], _speech_start(rest, end)
            if re.fullmatch(rf"[{_KANJI}]{{2,16}}委員会", compact(inner)):
                # 問（総務産業常任委員会）: a question a committee puts (a council's newsletter)
                return head.strip(SPACES), compact(inner), "", _speech_start(rest, end)
        if is_member_number(role) and (office := _unbracketed_label(inner)) is not None \
                and office[0] and office[1] and not is_member_number(office[0]) \
                and compact(office[0]) not in HONORIFICS:
            # ◯19番(総務委員長 岩田敏広君): a member speaking in an office, who is that office
            return head.strip(SPACES), office[0], office[1], _speech_start(rest, end)
        if role and (pupil := _pupil(inner)) is not None and not _SENTENCE.search(role) and (
                is_role(role) or compact(role) in STANDALONE_ROLES):
            # ○議長（中央育英高校３年　三浦ひまりさん）, ○議長（阿久津ゆみさん　みはる中学校）: a
            # children's or students' assembly — the school and year are where they come from
            return head.strip(SPACES), compact(role), pupil, _speech_start(rest, end)
        seat = re.match(rf"([0-9０-９]{{1,3}}[{SPACES}]*番)[{SPACES}]*", name)
        if seat and role in MEMBER_ROLES:     # ○議員（１３番 髙津 鶴己君）: the seat inside
            role, name = compact(seat.group(1)), name[seat.end():]
        if role and name.endswith(role) and len(name) > len(role):
            name = name[:-len(role)].strip(SPACES)     # ○教育長（福永和伸教育長）
        parts = re.split(rf"[{SPACES}]+", name.strip(SPACES))
        if honorific and role and len(parts) >= 3 and len(parts[-3]) >= 3 \
                and _is_full_name(parts[-2] + parts[-1]) and not parts[-2].endswith(_KATAKANA_JOBS):
            # ○政府参考人（外務省大臣官房審議官　林　禎二君）: the name in two words
            parts = parts[:-2] + [parts[-2] + "\u3000" + parts[-1]]
        foreign = 0      # the name's words in katakana or Latin letters, at the end
        while foreign < len(parts) - 1 and _FOREIGN_WORD.fullmatch(parts[-1 - foreign]) \
                and not parts[-1 - foreign].endswith(_KATAKANA_JOBS):
            foreign += 1
        if honorific and role and (foreign >= 2 or (foreign == 1 and "・" in parts[-1])) \
                and len(office := "".join(parts[:-foreign])) >= 3 \
                and any(map(is_kanji, office)) and not _SENTENCE.search(office):
            # ○参考人（国際交流協会理事　スミス　ジョン君）: who they are, then a name of two words
            # or more written in katakana, or one with its middle dots (グエン・ヴァン・ミン) (not
            # スミス, the office's last word: 理事スミス / ジョン)
            return head.strip(SPACES), _with_office(role, office), "\u3000".join(parts[-foreign:]), \
                _speech_start(rest, end)
        if honorific and role and len(parts) >= 2 and len(parts[-1]) >= 2 \
                and _is_full_name(parts[-1].replace("\u3000", "")) \
                and all(len(p) >= 2 for p in parts[:-1]) \
                and len(office := "".join(parts[:-1])) >= 3 and not _SENTENCE.search(office) \
                and not is_member_number(office) and any(map(is_kanji, office)) \
                and not (len(parts) > 2 and _surname_alone(parts[0])) \
                and not (len(parts) == 2 and (_surname_alone(office) or (
                    len(office) <= 3 and office.endswith(("市", "町", "村", "区")) and not _affiliation(office))
                    or (len(office) <= 4 and not is_role(office) and not _affiliation(office)
                        and _given_name_alone(parts[-1])))):
            # (not ○議長（佐々木　太郎君）: a surname of three characters and the given name — nor
            # one the dictionary does not know as one, 壱岐田: no office is that short and plain)
            # (not ２番（マリア　サントス君）: an office is written in kanji; nor ５番（山田　マリア
            # 恵子君）, a name in three words the first of which is a surname)
            # ○公述人（株式会社山田製作所代表取締役　山田太郎君）, ○政府特別補佐人（人事院総裁
            # 川本裕子君）: who they are, then the name; the office stays with the role —
            # but where they come from is no office (○１２番（さくら市　鈴木花子君）: a
            # union's member and her city; ○議長（みどり小学校　山田花子さん）: a children's assembly)
            return head.strip(SPACES), _with_office(role, office), parts[-1], _speech_start(rest, end)
        # in brackets after a role a name may start like speech (今井, 御手洗, 先崎)
        if not role or not (is_name(name) or _NAME.fullmatch(compact(name))):
            continue
        if honorific in ("君", "議員", "さん", "氏", "様", "委員") or is_role(role) \
                or (is_role(re.split("[（(]", role)[0]) and _is_full_name(name)):   # …理事（保育担当）（真鍋佳代）
            if _SENTENCE.search(role):
                continue
            return head.strip(SPACES), _without_surname(role, name), name, _speech_start(rest, end)
    return None


def _pupil(inner: str) -> str | None:
    """The name of a pupil or a student a bracket gives with their school (and year), in
    either order, the name with さん or 君 (みなみ小学校６年　山田花子さん, 阿久津ゆみさん
    みはる中学校), or None."""
    parts = [p for p in re.split(f"[{SPACES}]+", inner.strip(SPACES)) if p]
    if len(parts) < 2:
        return None
    for school, person in (("".join(parts[:-1]), parts[-1]), ("".join(parts[1:]), parts[0])):
        name, honorific = strip_honorific(person)
        if honorific in ("さん", "君", "くん", "議員") and _affiliation(school) \
                and (school.endswith(("学校", "高校", "大学", "学園", "学院", "高専", "短大")) or _SCHOOL_YEAR.search(school)) \
                and _NAME.fullmatch(compact(name)) and not _SENTENCE.search(name):
            return name
    return None


def _with_office(role: str, office: str) -> str:
    """The role with who the speaker is in brackets (公述人（…代表取締役））, but not where they
    come from (○１２番（さくら市　鈴木花子君）: a union's member and her city)."""
    return compact(role) if _affiliation(office) else f"{compact(role)}（{office}）"


# a word of a name written in katakana or Latin letters (スミス, ジョン, Ｊ．)
_FOREIGN_WORD = re.compile("[\u30a1-\u30faー・･A-Za-zＡ-Ｚａ-ｚ.．]+")
# a job written in katakana before a name (株式会社ＡＢＣ　マネージャー　スミス君): part of who they are
_KATAKANA_JOBS = ("マネージャー", "マネジャー", "ディレクター", "コーディネーター", "リーダー", "アドバイザー",
                  "プロデューサー", "チーフ", "オーナー", "スタッフ", "メンバー", "コンサルタント", "エンジニア",
                  "デザイナー", "プランナー", "トレーナー", "カウンセラー", "ソーシャルワーカー", "ワーカー",
                  "ファシリテーター", "キャスター", "アナウンサー", "パートナー", "フェロー", "プレジデント",
                  "オフィサー", "スペシャリスト", "サポーター", "ボランティア", "インストラクター")


def _without_surname(role: str, name: str) -> str:
    """``role`` without the surname of ``name`` it starts with (川口議長 （川口君）: 議長)."""
    c, who = compact(role), compact(name)
    for k in range(len(who), 1, -1):
        if c.startswith(who[:k]) and len(c) > k and is_role(c[k:]) and not is_member_number(c[k:]) \
                and (k == len(who) or _surname_alone(who[:k])):
            return c[k:]
    return role


# a school and a pupil's or a student's year at it (みなみ小学校６年, 北中学校３年生, 北中３年)
_SCHOOL_YEAR = re.compile(r"..(?:学校|高校|大学|学園|学院|高専|短大|中|小|高)[ 　]*[0-9０-９一二三四五六]年生?"
                          r"(?:[0-9０-９一二三四五六七八九十]{1,2}組)?$")


def _affiliation(word: str) -> bool:
    """Is ``word`` where a member comes from (みどり小学校, さくら市, みどり町議会) and no surname
    (木村, 十日市, 上野村: a surname may end like a village, and the dictionary knows few)?"""
    if word.endswith(("学校", "議会", "高校", "大学")) or _SCHOOL_YEAR.search(word):
        return True     # (…and a pupil's year: みなみ小学校６年, 北中３年生, いずみ大学４年)
    return word.endswith(("市", "町", "村", "区")) and len(word) >= 3 and not _surname_alone(word) \
        and bool(re.search("[\u3041-\u30ff]", word) or len(word) >= 4)


def _common_title(role: str, name: str) -> str:
    """The title both end with, two characters or more (部長 of 総務部長 and 佐藤部長), or ""."""
    n = 0
    while n < min(len(role), len(name)) and role[-1 - n] == name[-1 - n]:
        n += 1
    same = role[len(role) - n:]
    return same if n >= 2 and same.endswith(ROLE_SUFFIXES) and is_role(same) else ""


_OPENS, _CLOSES = "（(［[【", "）)］]】"     # the brackets a label's name may stand in


def _depth(s: str) -> int:
    return sum(ch in _OPENS for ch in s) - sum(ch in _CLOSES for ch in s)


def _last_group_start(head: str) -> int | None:
    depth = 0
    for i in range(len(head) - 1, -1, -1):
        depth += (head[i] in _CLOSES) - (head[i] in _OPENS)
        if depth == 0:
            return i
    return None


# words of a stage note (〔…登壇〕, 〔…退席〕): no speaker label holds them
_NOTE_HINTS = r"登壇|降壇|退席|着席|退場|入場|拍手|呼ぶ|発言する|朗読|報告|休憩|再開|起立|交代|者あり|の声"
# how a member or a witness takes part from afar, noted in brackets ((オンライン), （リモート参加）,
# （Zoomで参加）, (オンライン出席)), and what the link did ((映像が止まる), （音声途切れ）,
# (通信環境確認のため)) — read as a note where it stands apart from a sentence
REMOTE_NOTE = re.compile(r"(?:オンライン|リモート|遠隔|Web|WEB|ウェブ|Zoom|ZOOM|Teams|テレビ会議|ビデオ会議|ウェブ会議|Web会議)"
                         r"(?:会議システム)?(?:で|による|にて|から|より)?(?:の)?(?:参加|出席|出席中|参加中|発言|接続|答弁|陳述|併用)?"
                         r"|(?:映像|音声|画像|画面|通信|回線|接続|マイク)(?:が|の)?(?:止まる|停止|途切れる|途切れ|乱れる|乱れ|切断|不良|不調|"
                         r"中断|復旧|確認|環境確認|環境の確認|状態確認|遅延|フリーズ)(?:のため|する|した|中)?")

# kanji that alone in brackets head a part of a record (【問】【答】【注】【記】), never a
# surname of one kanji (森, 林, 原, 堀, 辻…)
_NOT_SURNAMES = frozenset("問答質疑意見要旨注記例図表計案済他訂正誤参考附付別続承了再追補新旧第一二三四五六七八九十"
                          "前後上下左右甲乙丙丁市町村県都府道区国党会議長委員説明報告陳請願資料結果概要以外"
                          "略否副執当可賛反欠出席仮全各元次現他外内計総以等例済未要")


def _whole_bracket(rest: str) -> _Found | None:
    """``【議長】``, ``［佐藤委員］``, ``（塚谷委員長）``, ``（佐藤篤議員）``, ``＜市長＞``: the
    whole label in brackets, the speech after it."""
    if not rest or rest[:1] not in "（(【［[〈《「〔＜<":
        return None
    close = _close(rest, 0)
    if close is None:
        return None
    if rest[0] == "〔" and (not rest[close + 1:].strip(SPACES) or re.search(_NOTE_HINTS, rest[1:close])):
        return None      # 〔…〕 is a stage note (〔山田議員登壇〕) unless a person's label with speech after it
    if rest[0] == "「" and rest[close + 1:close + 2] not in tuple(SPACES) + ("（", "("):
        return None      # 「町長」　議長。 is a label; 「市長」という言葉は… is speech
    inner = rest[1:close]
    kind = re.fullmatch("(.{2,20})の(?:再?(?:質問|答弁|質疑)|発言|意見|報告)", compact(inner)) \
        if rest[0] in "【［[" else None
    if kind:
        inner = kind.group(1)       # 【田村議員の質問】, 【畑中村長の答弁】: who, then what kind
    found = _unbracketed_label(_without_group(inner))     # （自民党・鈴木花子君）
    if found is None and (colon := re.fullmatch(rf"([^{COLONS}]{{1,20}})[{COLONS}]([^{COLONS}]{{1,20}})", rest[1:close])):
        office, who = (compact(colon.group(1)), colon.group(2).strip(SPACES))     # 【議長：佐藤一雄】
        if is_role(office) and (is_name(strip_honorific(who)[0]) or _BARE_NAME.fullmatch(compact(who))):
            found = office, strip_honorific(who)[0]
    if found is None and rest[close - 1:close] in "）)":
        whole = _bracketed(rest[1:close], loose=True)                # 【議長（富田公隆議員）】
        if whole is not None and whole[3] >= close - 1:
            found = whole[1], whole[2]
    if found is None and rest[0] == "【" and rest[close - 1:close] in "）)" and not re.search("[（(]", inner):
        found = _half_closed_found(inner[:-1])                      # 【議長堤孝之議員)】: a copy lost "("
    if found is None and compact(rest[1:close]).endswith("事務局") and (
            rest[0] not in "（(" or rest[close + 1:].strip(SPACES)):
        found = (compact(rest[1:close]), "")       # (事務局)令和3年4月1日に…, 【事務局】
    if found is None and rest[0] in "【［[" and not rest[close + 1:].strip(SPACES) \
            and re.fullmatch(f"[{_KANJI}]", inner.strip(SPACES)) and inner.strip(SPACES) not in _NOT_SURNAMES:
        found = None, inner.strip(SPACES)    # 【森】 alone on its line: a member by a surname of one kanji
    if found is None:
        return None
    role, name = found
    if rest[0] == "〔" and not name:
        return None      # 〔議長〕: a person's label in these brackets names the person (〔今泉藤一郎議長〕)
    if rest[0] in "（(" and not name and not rest[close + 1:].strip(SPACES):
        return None      # （議長） alone could be a note; 【議長】, （市長）本日は… cannot
    return rest[:close + 1], role, name, _speech_start(rest, close + 1)


def _unbracketed(rest: str, loose: bool) -> _Found | None:
    """Labels with no brackets, ended by a space, a colon or the end of the line.

    Every such end is tried and the longest label that reads as one wins, so that
    ``議長　佐藤篤　ただいまから`` gives 議長 + 佐藤篤 and not 議長 alone.
    """
    best: _Found | None = None
    for end in _label_ends(rest):
        seg = rest[:end]
        if len(compact(seg)) > UNBRACKETED_MAX:
            break
        colon = end < len(rest) and rest[end] in COLONS + SLASHES
        if not (loose or colon):
            continue
        found = _unbracketed_label(seg)
        kind = REMARK_KIND.match(compact(seg))
        letter = kind is None and (kind := _QA_LETTER.match(compact(seg))) is not None
        if kind and len(compact(seg)) > kind.end() + 1 \
                and (plain := _unbracketed_label(compact(seg)[kind.end():].lstrip("(（" + COLONS))) is not None \
                and (plain[1] or not letter) \
                and (found is None or found[0] is None or found[0].startswith(kind.group())
                     or (plain[0] and len(plain[1]) < len(found[1]))):
            # ◯質疑佐藤委員, ◯答弁道路企画課長, ◯要望質疑小林委員 (a search site's copy of
            # ◯質疑(佐藤委員) that lost the brackets), ○答弁：村長, Q宮崎委員 / A金田特別支援教育課長
            # (a Q&A print of a committee): the kind of remark is no part of the label
            found = plain
        if found is not None and rest[end:end + 1] == "「" and not found[1]:
            continue      # ◎報告　総務常任委員長「所管事務調査について」: a heading, no one named
        at = _speech_start(rest, end)
        if found is not None and compact(seg) in STANDALONE_ROLES and not re.search("[。？?！!]", rest[at:]):
            continue      # ○請願者　趣旨説明, ○執行部　異議なし: a heading, not who speaks
        if found is None and loose and compact(seg).endswith("事務局") and len(compact(seg)) <= 8 \
                and "。" in rest[at:] and not re.match(r"[^。]{0,12}[：:]", rest[at:]):
            found = compact(seg), ""        # ○事務局  傍聴の希望の申し出は…。
        if found is None:
            continue
        if colon and not loose and is_name(rest[at:]):
            continue      # 議長：佐藤篤 is a header line, not the chair speaking
        best = (seg.strip(SPACES), found[0], found[1], at)
    return best


def _label_ends(rest: str) -> list[int]:
    """Where an unbracketed label may end: before a space or a colon, at the line's end,
    and before a bracketed stage direction (○森田事務局長（表彰者名朗読）)."""
    # past UNBRACKETED_MAX letters no end can close a label: look no further (a long line
    # of markers asks for a label at each, and the whole line each time was quadratic)
    reach, letters = len(rest), 0
    for i, ch in enumerate(rest):
        if ch not in SPACES:
            letters += 1
            if letters > UNBRACKETED_MAX + 1:
                reach = i
                break
    ends = [i for i in range(1, reach) if rest[i] in SPACES + COLONS + SLASHES and rest[i - 1] not in SPACES]
    spread = _SPREAD_LABEL.match(rest)
    if spread:
        ends.append(spread.end())   # 坂 上 村 長。 議長のお許しが…: a PDF's letter-spaced label, ended by 。
    title = re.match(rf"([^{SPACES}「」]{{1,3}})[{SPACES}]+[^{SPACES}「」]{{3,16}}(?=「[^」]+」[{SPACES}]*$)", rest)
    if title and title.group(1) in REMARK_KINDS:
        ends.append(title.end())    # ○質問　上杉達則議員「米の価格高騰について」: the topic after
    for m in re.finditer(r"[（(〔]", rest[:LABEL_MAX]):
        close = _close(rest, m.start())
        if m.start() > 0 and close is not None and is_stage_direction(rest[m.start() + 1:close]):
            ends.append(m.start())
            break
    return sorted(set(e for e in ends if e <= reach)) + ([len(rest.rstrip(SPACES))] if reach == len(rest) else [])


def is_stage_direction(inner: str) -> bool:
    """Does a bracket's text say what is done (``STAGE_WORDS``) rather than who does it?"""
    c = compact(inner)
    return (any(w in c for w in STAGE_WORDS) or REMOTE_NOTE.fullmatch(unicodedata.normalize("NFKC", c)) is not None) \
        and not strip_honorific(c)[1]


def _unbracketed_label(seg: str) -> tuple[str | None, str] | None:
    """(role, name) if ``seg`` is a whole label: NAME+君, NAME+ROLE, ROLE, ROLE NAME.
    A name's unheard or lost kanji (○★★委員, ○山●委員, ○？野市長) read as the geta mark 〓
    would, and stay as written."""
    if _LOST_IN_NAME.search(seg) and not _LOST_IN_NAME.fullmatch(compact(seg)):
        swapped = _LOST_IN_NAME.sub("〓", seg)
        found = _unbracketed_label(swapped)
        return None if found is None else (_in_writing(found[0], swapped, seg), _in_writing(found[1], swapped, seg))
    found = _unbracketed_label_read(seg)
    if found is not None and found[0] and _LIST_HEAD_IN_ROLE.search(found[0]):
        return None       # 〇説明のため委員会に出席した者  町長  岡 本 信 司: a head's list, no office
    return found


# what a head's list of who attended is headed with, never an office (…に出席した者, …を求めた者)
_LIST_HEAD_IN_ROLE = re.compile(r"出席した者|出席を求めた者|のため")


# what stands for a kanji of a name that was not heard or that an encoding lost
_LOST_IN_NAME = re.compile("[★☆●■？?＊※]")


def _unbracketed_label_read(seg: str) -> tuple[str | None, str] | None:
    seat = re.match(rf"[{SPACES}]*([0-9０-９]{{1,3}})[{SPACES}]+番", seg)
    if seat:            # ◇6 番 窪田 博: a seat letter-spaced to fill its column
        seg = seat.group(1) + "番" + seg[seat.end():]
    c = compact(seg)
    tokens = seg.split()
    first = compact(tokens[0]) if tokens else ""
    kind = _SPEECH_KIND.search(c)
    if kind and kind.start() > 1:
        # the kind of speech joined to the label (○３番  吉田昌樹議員質疑, ○谷村理事兼総務課長答弁):
        # a person's label before it, not a heading (委員長報告, 一般質問)
        head = seg.strip(SPACES)[:len(seg.strip(SPACES)) - len(kind.group())].strip(SPACES)
        found = _unbracketed_label(head)
        if found is not None and found[1] and found[0] and found[0] not in MEMBER_ROLES:
            return found    # (not ◇山田太郎議員質問: the heading of a member's questions)
    summary = _SUMMARY_KIND.search(c)
    if summary and summary.start() > 1:
        # 〇山下浩二委員長発言の概要 / 〇土木部長発言の概要: a record of what each said in
        # brief (兵庫県), under its speaker's label
        found = _unbracketed_label(c[:summary.start()])
        if found is not None and (found[0] or found[1]):
            return found
    if c in STANDALONE_ROLES:
        return c, ""         # ○説明員　お答えします。 ○請願者　趣旨を申し上げます。
    numbered = _TOLD_APART.fullmatch(c)
    if numbered:
        return numbered.group(1), numbered.group(2)     # ○質問者１, 住民Ａ: who they are, told apart
    if not c or _SENTENCE.search(c) or (heading_words(c) and first not in CATEGORIES + STANDALONE_ROLES
                                        and not _STAFF.fullmatch(c)
                                        and not (len(tokens) >= 2 and _STAFF.fullmatch(first))):
        return None
    if (item := re.match(r"[0-9０-９]{1,2}(?=[^0-9０-９番])", c)) and heading_words(c[item.end():], HEADING_STARTS, ()):
        return None          # 3 出席した委員: a numbered item of a record's header, not 委員 出席した
    if len(tokens) >= 2 and first in STANDALONE_ROLES and first not in CATEGORIES:
        after = _unbracketed_label(seg.strip(SPACES)[len(tokens[0]):])
        if after is not None and after[1] and (after[0] is None or after[0] in MEMBER_ROLES):
            return first, after[1]       # ○請願者　田中次郎, ○紹介議員　鈴木一郎議員
    if len(tokens) >= 2 and _QA.fullmatch(first):
        after = _unbracketed_label(seg.strip(SPACES)[len(tokens[0]):])
        if after is not None and (after[0] or after[1]):
            return after                 # Ｑ１　山田委員 / Ａ１　企画課長: a summary's numbered Q and A
    if len(tokens) >= 3 and first in MEMBER_ROLES and is_member_number(tokens[1]):
        after = _unbracketed_label(seg.strip(SPACES)[len(tokens[0]):])
        if after is not None and after[1]:
            return after                 # ○議員 ８番 松本 泉君 (芦屋町): the seat and name say who
    if len(tokens) >= 2 and (first in CATEGORIES or is_group(first)):
        # 理事者　総務部長, 説明員　総務課長　佐藤恵子君, 自由民主党　山田太郎議員
        after = _unbracketed_label(seg.strip(SPACES)[len(tokens[0]):])
        if after is not None and (after[1] or (after[0] and first in CATEGORIES)) \
                and not (first == "番外" and is_member_number(after[0] or "")):    # 番外２番: not member 2番
            return after
    category = next((k for k in CATEGORIES if c.startswith(k) and len(c) > len(k)), None)
    if category and is_role(c[len(category):]) and not (category == "番外" and is_member_number(c[len(category):])):
        return _unbracketed_label(c[len(category):])     # 理事者総務部長
    for h in ("君", "さん", "氏", "様"):
        if c.endswith(h) and len(c) > len(h):
            head = seg.strip(SPACES)[:-len(h)].strip(SPACES)
            school = head.split()
            if len(school) >= 2 and _affiliation(school[0]) and is_name("".join(school[1:])):
                # (not ○木村 健君, ○中村 一郎君: a surname that ends like a village)
                return None, " ".join(school[1:])      # ○みどり小学校　山田さん: where from, then who
            split = _role_then_name(head) or _glued(head)
            if split:
                return split
            if is_name(head) or (_NAME.fullmatch(compact(head)) and _is_full_name(head)):
                return None, head      # (○今井太郎君: a name that starts like a word of speech, 今)
            if not _SEAT.match(c):
                return None
            break           # ○30番真下紀子君: a seat run into the name, read below
    run_in = re.fullmatch(r"([0-9０-９]{1,3})([\u4e00-\u9fff]{1,4})", c)
    if run_in and _surname_alone(run_in.group(2)):
        return run_in.group(1) + "番", run_in.group(2)     # ６今泉: the seat run into the surname
    seat = _SEAT.match(c)
    if seat and seat.end() < len(c):
        name, honorific = strip_honorific(c[seat.end():])
        if honorific and is_name(name):
            return seat.group(), name        # ○18番梅木加津子議員
    if is_role(c):
        return _name_then_role(seg)
    split = _role_then_name(seg)
    if split is None and _BARE_NAME.fullmatch(c) and not c.startswith(NOT_NAMES) and _is_full_name(seg):
        return None, " ".join(seg.split())          # ○山川 典二 おはようございます。
    return split


_QA = re.compile("[QAＱＡ][0-9０-９]{0,3}|[問答][0-9０-９]{1,3}")


# who speaks by what they are, told apart by a number or a letter (質問者１, 住民Ａ)
_TOLD_APART = re.compile(f"({'|'.join(STANDALONE_ROLES)})([0-9０-９Ａ-Ｚａ-ｚA-Za-z]{{1,2}})")


def _glued(head: str) -> tuple[str, str] | None:
    """An office run into the name before 君 (the honorific cut off): ``議長村田憲俊``,
    ``知事高橋はるみ`` — the office one the dictionary confirms the rest of is a person's
    full name (森長太郎 is no office 森長)."""
    c = compact(head)
    for k in range(min(len(c) - 2, 12), 1, -1):
        office, name = c[:k], c[k:]
        if office in OFFICES_FIRST or office.endswith(_GLUED_OFFICE_ENDS) and is_role(office):
            if len(name) >= 3 and is_name(name) and _is_full_name(name):
                return office, name
    return None


# offices a label may run into the name (議長村田憲俊君): the chair's, the heads' and
# those ending like a department's head; never a seat (１８番) — see _SEAT
OFFICES_FIRST = ("議長", "副議長", "委員長", "副委員長", "知事", "副知事", "市長", "副市長", "町長",
                 "副町長", "村長", "副村長", "区長", "副区長", "教育長", "臨時議長", "座長", "会長",
                 # …those who stand in for a chair (北海道議会: ○(臨時委員長板谷一君), ○(委員長代理…君)),
                 # and those a committee hears
                 "臨時委員長", "仮議長", "仮委員長", "議長代理", "委員長代理", "会長代理", "年長議員", "年長委員",
                 "分科会長", "副分科会長", "副会長", "参考人", "公述人", "証人")
_GLUED_OFFICE_ENDS = ("部長", "局長", "課長", "室長", "所長", "監", "管理者", "大臣", "理事", "次長", "主査", "主幹",
                      "委員長")   # (a committee's chair: 議会運営委員長奈木野 康徳君))


def _role_then_name(seg: str) -> tuple[str | None, str] | None:
    """``議長　佐藤篤``, ``１８番　山田太郎``: a role, a space, a name."""
    parts = [p.strip(SPACES) for p in re.split(f"[{SPACES}]+", seg.strip(SPACES), maxsplit=1)]
    if len(parts) != 2 or not is_role(parts[0]) or len(parts[0]) < 2:
        return None
    name = strip_honorific(parts[1])[0]          # １８番　山田太郎議員
    c = compact(name)
    if _BARE_NAME.fullmatch(c) and not c.startswith(NOT_NAMES):
        return compact(parts[0]), name
    if _NAME.fullmatch(c) and re.search(f"[{_KANJI}]", c) and _is_full_name(c):
        return compact(parts[0]), name           # 副委員長 岸口みのる: a given name in kana
    return None


# a chair's office followed by another office is the chair calling on its holder
# (議 長 福祉課長), never one office — unless it says who stands in (委員長 職務代理者)
_CALLING_CHAIRS = ("議長", "副議長", "委員長", "副委員長", "会長", "副会長", "座長", "分科会長", "主査")
_STANDING_IN = ("職務", "代理", "臨時", "仮")


# the Diet's offices a label names after its holder's surname (衆議院: ○上野国務大臣,
# ○梶原会計検査院当局者, ○岡田政府参考人): what stands before them is the surname, whatever
# the dictionary files it as (上野 a place, 平 a word) — unless it names a ministry or a body
# (○外務副大臣, ○内閣府大臣政務官, ○衆議院事務総長 are offices alone)
_SURNAME_FIRST = ("内閣総理大臣", "国務大臣", "政府参考人", "政府特別補佐人", "会計検査院当局者",
                  "最高裁判所長官代理者", "衆議院法制局参事", "参議院法制局参事", "内閣官房長官",
                  "内閣官房副長官", "内閣法制局長官", "大臣政務官", "副大臣", "政府委員", "説明員",
                  "事務総長")     # (○大川事務総長: 大川 a place to the dictionary)
_MINISTRIES = ("外務", "財務", "法務", "文部科学", "厚生労働", "農林水産", "経済産業", "国土交通", "環境",
               "防衛", "総務", "復興", "内閣", "金融", "警察", "文部", "厚生", "労働", "通商産業", "運輸", "建設",
               "郵政", "自治", "大蔵", "農林", "科学技術", "経済企画")


def _surname_first(c: str) -> tuple[str, str] | None:
    """(office, surname) of a label naming one of the Diet's :data:`_SURNAME_FIRST` offices
    after a surname of one to four kanji, else None."""
    office = next((o for o in _SURNAME_FIRST if c.endswith(o)), None)
    if office is None:
        return None
    prefix = c[:-len(office)]
    if not prefix:
        return office, ""       # ○政府参考人 / （…君）: the office alone (not 政府 參考人)
    bodies = ("省", "府", "庁", "院", "局", "課", "室", "会")
    if office in ("説明員", "政府委員"):      # (a prefecture's too: ○土木部説明員, ○北海道説明員)
        bodies += ("部", "県", "都", "道", "市", "町", "村", "区")
    if not re.fullmatch(f"[{_KANJI}]{{1,4}}", prefix) or prefix in _MINISTRIES or prefix.endswith(bodies):
        # (a body's name before the office; a surname may end like a town's: 高市, 大町, 阿部)
        return None
    if office == "事務総長" and not (len(prefix) >= 2 and may_be_surname(prefix)):
        return None     # (○副事務総長, ○連合事務総長: an office, no one named)
    return office, prefix


# kanji that names are written in and the dictionary knows in their common form only
# (髙橋, 濵田, 德永, 𠮷田, 栁田, 瀨戸, 八ヶ代): a label is read in that form, a character for
# a character, and its parts taken as written
_DICT_FORMS = str.maketrans({"髙": "高", "﨑": "崎", "濵": "濱", "德": "徳", "𠮷": "吉", "栁": "柳",
                             "瀨": "瀬", "ヶ": "ケ", "ヵ": "カ"})


def _dict_form(s: str) -> str:
    """``s`` with :data:`_DICT_FORMS` and CJK compatibility ideographs (塚, 神) in their
    common forms, one character each."""
    s = s.translate(_DICT_FORMS)
    return "".join(unicodedata.normalize("NFC", ch) if "\uf900" <= ch <= "\ufaff" or "\U0002f800" <= ch <= "\U0002fa1f"
                   else ch for ch in s)


def _in_writing(part: str | None, plain: str, seg: str) -> str | None:
    """``part`` of ``plain`` — ``seg`` read a character for a character otherwise (lost
    kanji as 〓, :func:`_dict_form`) — as ``seg`` writes it."""
    if not part:
        return part
    for p, w in ((plain, seg), (compact(plain), compact(seg))):
        k = p.find(part)
        if k >= 0:
            return w[k:k + len(part)]
    return part


# a variation selector after a kanji (辻 + U+E0100: the form of a name's 辻 with one dot)
_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# a kanji a system could not write: the printer's 〓, a private-use character (外字)
_LOST = re.compile("[\u3013\ue000-\uf8ff]")


def _without_selectors(part: str | None, plain: str, seg: str) -> str | None:
    """``part`` of ``plain`` (``seg`` without its variation selectors) as ``seg`` writes it,
    each kanji with its selector."""
    if not part or (k := plain.find(part)) < 0:
        return part
    at = [m.start() for m in re.finditer(r".(?:[\ufe00-\ufe0f\U000e0100-\U000e01ef])*", seg, re.S)]
    end = at[k + len(part)] if k + len(part) < len(at) else len(seg)
    return seg[at[k]:end]


def _name_then_role(seg: str) -> tuple[str | None, str] | None:
    """``佐藤市長``, ``山口副委員長``, ``白石孝雄 議長``, ``大 下 議 長``, ``議長``."""
    if _SELECTOR.search(seg):
        plain = _SELECTOR.sub("", seg)
        found = _name_then_role(plain)
        return None if found is None else (_without_selectors(found[0], plain, seg),
                                           _without_selectors(found[1], plain, seg) or "")
    if _LOST.search(seg) and not _LOST.fullmatch(seg):
        # a kanji lost (〓橋総務部長): the dictionary tells a surname with a kanji in its place
        for kanji in "高山田":
            plain = _LOST.sub(kanji, seg)
            found = _name_then_role(plain)
            name = _in_writing(found[1], plain, seg) or "" if found is not None else ""
            if found is not None and found[1] and _LOST.search(name) \
                    and (len(name) == 1 or re.sub("[\u3013\ue000-\uf8ff]", "", name)):   # (〓〓課長: no name left to tell)
                return _in_writing(found[0], plain, seg), _in_writing(found[1], plain, seg) or ""
    if (plain := _dict_form(seg)) != seg:
        found = _name_then_role(plain)
        return None if found is None else (_in_writing(found[0], plain, seg), _in_writing(found[1], plain, seg) or "")
    c = compact(seg)
    if _NUMBER.fullmatch(c):
        return c, ""
    initialed = _INITIALED.fullmatch(c)
    if initialed and is_role(initialed.group(2)):
        return initialed.group(2), initialed.group(1)      # 森山(眞)委員
    if (diet := _surname_first(c)) is not None:
        return diet
    tokens = [t for t in re.split(f"[{SPACES}]+", seg.strip(SPACES)) if t]
    if len(tokens) >= 2 and any(len(t) > 1 for t in tokens) and is_role(tokens[-1]):
        name = "".join(tokens[:-1]) if all(len(t) == 1 for t in tokens[:-1]) else " ".join(tokens[:-1])
        title = _title_suffix(compact(name))
        prefix = compact(name)[:-len(title)] if title else ""
        if title and len(tokens) == 2 and prefix and _is_person(prefix):
            return None     # ○二宮隆久市長　議長: a label, then the one word it says
        if compact(name) in _CALLING_CHAIRS and len(tokens[-1]) > 1 and is_role(tokens[-1]) \
                and not tokens[-1].startswith(_STANDING_IN):
            return None     # 議 長 福祉課長 (a PDF's column): the chair calling on the next speaker
        if (is_role(compact(name)) or compact(name).endswith(BODY_ENDS)) and not (
                len(tokens) == 2 and _surname_alone(compact(name))):   # 教育委員会 教育長, not 美濃部 土木交通部長
            office = _name_then_role(tokens[-1]) if len(tokens) == 2 else None
            if office is not None and office[0] and office[1] and compact(name).endswith(BODY_ENDS):
                return compact(name) + office[0], office[1]     # 議会運営委員会　山田委員長
            return c, ""
        if is_name(name):
            role, given = _name_then_role(tokens[-1]) or (tokens[-1], "")
            if not given and len(tokens) == 2 and (whole := _leading_surname(compact(name) + tokens[-1])) \
                    and whole.startswith(compact(name)) and len(whole) > len(compact(name)) \
                    and is_role(rest := tokens[-1][len(whole) - len(compact(name)):]):
                # 森田 博文企画財政課長: the given name is one the dictionary files as a word (博文);
                # read with the surname, it is a name
                role, given = rest, whole[len(compact(name)):]
            if given and len(tokens) == 2 and is_role(tokens[-1]) and _office_word(given, tokens[-1]):
                role, given = tokens[-1], ""   # 林 保健福祉局長, 高橋 白石区長: an office after a surname
            return role, f"{name} {given}" if given else name     # 関 三郎委員長
    witness = next((w for w in _PERSONS if c.endswith(w)), None)
    if witness and re.fullmatch(f"[{_KANJI}]{{1,4}}", c[:-len(witness)]) and not _leading_surname(c):
        return witness, c[:-len(witness)]    # ○大島公述人: who speaks as that is a person (大島 is no place here)
    title = _title_suffix(c)
    if title is not None:
        prefix = c[:-len(title)]
        if not prefix:
            return title, ""
        if is_name(prefix) and len(prefix) <= 8 and _is_person(prefix):
            return title, prefix
        if "〓" in prefix and re.fullmatch(f"[{_KANJI}]{{2,5}}", prefix):
            return title, prefix     # 山〓委員: a name with a kanji lost (no dictionary knows it)
        surname = _leading_surname(c) or _kana_name(c)    # 久保洋子教育委員: the dictionary knows the name
        #                                                  (はしもと総務委員長: a name in kana)
        if surname and is_role(c[len(surname):]) and c[len(surname)] not in "（(":
            return c[len(surname):], surname
        return c, ""      # 選挙管理委員会委員長, 予算決算常任委員長: one role
    # A role of the open kind (総合政策部長), maybe after a surname: the dictionary says
    # whether the label starts with a person's name (坂田総合政策部長) or not (健康福祉部長).
    surname = _leading_surname(c)
    if not surname:
        inside = _surname_inside(c)
        if inside is not None:
            return inside
    return (c[len(surname):], surname) if surname else (c, "")


@lru_cache(maxsize=1024)
def _is_person(prefix: str) -> bool:
    """Could ``prefix`` (before a title such as 委員長) be a person's name?

    Not if it ends with a body's word (選挙管理委員会, 予算決算常任) or reads as two or
    more common nouns (健康福祉). The dictionary alone cannot say yes: many surnames
    (日向, 関, 林) are common nouns too.
    """
    tok = tokenizer()
    morphs = list(tok.tokenize(prefix)) if tok is not None else []
    if len(prefix) >= 2 and len(morphs) == 1 and morphs[0].part_of_speech()[2] == "人名":
        return True          # 磯部, 岡部, 服部: a surname that ends like a body's name
    if re.search("[\u3041-\u3096]", prefix) and len(prefix) <= 5 and "・" not in prefix \
            and sum(map(is_kanji, prefix)) <= 1:
        return True          # くり山, くりはら: a name written in kana (not こども未来, くらし環境)
    if prefix.endswith(BODY_ENDS):
        return False
    if tok is None:
        return len(prefix) <= 4
    if any(m.part_of_speech()[2] == "人名" for m in morphs):
        return True
    return sum(m.part_of_speech()[1] in ("普通名詞", "一般") for m in morphs) < 2


def _kana_name(c: str) -> str:
    """A surname written in hiragana before a standing title (はしもと of はしもと総務委員長:
    a ward's minutes; members register names in kana, offices of the open kind are named
    in kana too: まちなみ整備課長, みどりのまち課長), or "": not a word the office starts
    with (こども, くらし — one word to the dictionary, or a place: さいたま市議会議長), but
    kana it reads as no word at all (は・も・と, あ・べ) or as a person's name."""
    kana = re.match("[\u3041-\u3096]{2,6}", c)
    if kana is None or kana.end() >= len(c) or not is_kanji(c[kana.end()]) or not is_role(c[kana.end():]):
        return ""
    tok = tokenizer()
    if tok is None:
        return ""
    morphs = list(tok.tokenize(kana.group()))
    if len(morphs) == 1:
        return kana.group() if morphs[0].part_of_speech()[2] == "人名" else ""
    if len(morphs) == 2 and morphs[1].surface() == "の" and len(morphs[0].surface()) >= 2:
        return ""         # くらしの安全課長
    return kana.group() if any(m.part_of_speech()[0] in ("助詞", "助動詞", "感動詞", "動詞")
                               for m in morphs) else ""


# what only a person is, so a proper noun before it is a surname (大島公述人, 千葉参考人)
_PERSONS = ("公述人", "参考人", "証人", "陳述人", "陳述者", "陳情者", "請願者")


def _surname_inside(c: str) -> tuple[str, str] | None:
    """(office, surname) of a label that puts the surname between the department and the
    title (企画政策室山本主幹: 小樽市's committee records), or None."""
    for i in range(3, len(c) - 3):
        if c[i - 1] not in _DEPARTMENT_ENDS:
            continue
        for j in range(i + 2, min(i + 4, len(c) - 1) + 1):
            title = c[j:]
            if title in _INSIDE_TITLES and _surname_alone(c[i:j]):
                return c[:i] + title, c[i:j]
    return None


_DEPARTMENT_ENDS = "室課部局係所"
# the titles a surname may stand before inside an office (not 支所長, 公民館長: 大野支所 is a place)
_INSIDE_TITLES = ("主幹", "主査", "課長", "係長", "室長", "次長", "参事", "主任", "主事", "課長補佐",
                  "課長代理", "部長", "局長", "理事")


@lru_cache(maxsize=1024)
def _surname_alone(word: str) -> bool:
    """Is ``word`` one surname and nothing else in the dictionary (美濃部, 阿部, 渡部: they
    end like a department, 総務部, but are a person before an office)?"""
    tok = tokenizer()
    morphs = list(tok.tokenize(word)) if tok is not None else []
    return len(word) >= 2 and len(morphs) == 1 and morphs[0].part_of_speech()[2:4] == ("人名", "姓")


# a kanji that names a part of a town before an office (東市民センター, 北保健センター), a
# surname too (東, 南) but not one a label's office can be told from
_PLACE_WORDS = tuple("東西南北中上下前後")
# the head of a centre or an office (所) named for a part of town: 北保健センター所長 / 次長
_CENTRE_HEAD = re.compile("(?:センター|所)(?:副?所?長|次長|長補佐|長代理|参事|主幹)$")


def cuts_word(label: str, k: int) -> bool:
    """Does position ``k`` of ``label`` cut a common noun: read from the character before it,
    does ``label`` open with one of two characters or more (北保|健センター: 保健)? Not a
    proper noun (清水|建設: the dictionary's company), and not where that character stands
    alone (佐藤|長寿, 高市|市民)."""
    tok = tokenizer()
    if tok is None or k < 1:
        return False
    first = next(iter(tok.tokenize(label[k - 1:])), None)
    return first is not None and len(first.surface()) >= 2 and first.part_of_speech()[1] == "普通名詞"


@lru_cache(maxsize=4096)
def _entries(word: str) -> tuple[tuple[str, ...], ...] | None:
    """The part of speech of every dictionary entry of ``word`` (Sudachi's ``lookup``), or
    None where the dictionary cannot be asked."""
    lookup = getattr(dictionary(), "lookup", None)
    if lookup is None:
        return None
    try:
        return tuple(tuple(m.part_of_speech()) for m in lookup(word))
    except Exception:
        return None


@lru_cache(maxsize=1024)
def may_be_surname(word: str) -> bool:
    """Can ``word`` be a surname by any of the dictionary's entries (植木: a surname, a
    place and a common noun), where :func:`_surname_alone` takes only its first reading?"""
    entries = _entries(word)
    if entries is None:
        return _surname_alone(word)
    return any(pos[2:4] == ("人名", "姓") for pos in entries)


def _office_word(given: str, office: str) -> bool:
    """Is ``given`` (read as a given name before the rest of ``office``) the start of the
    office instead: a word the dictionary knows but never as a given name (保健 of 保健所長 /
    保健福祉局長, 市 of 市民課長, 南区), before a department's mark (局 部 課 室 所 区
    センター) — not before a member's title (山本 海委員, 希望議員: names) —, or one that with
    the office's 区 is a ward (白石区長, 豊平区長)? A word the dictionary does not know may be
    a rare given name, and stays one."""
    if office[len(given):].startswith("区") and (ward := _entries(given + "区")) \
            and all(pos[2] == "地名" for pos in ward):
        return True
    if not re.search("[局部課室所区]|センター", office[:-1]):
        return False
    if len(given) == 1 and (tok := tokenizer()) is not None:
        # one kanji only as the head of a longer word (市 of 市民課長, not 響 of 響総務課長)
        first = next(iter(tok.tokenize(office)), None)
        if first is None or len(first.surface()) < 2:
            return False
    if len(given) >= 2 and given in _HEAD_OFFICE_DEPARTMENTS:
        return True       # 上野 長寿社会課長: 長寿 is a given name too, but a department's first word
    own = _entries(given)
    return bool(own) and not any(pos[2:4] == ("人名", "名") for pos in own)


@lru_cache(maxsize=1024)
def _is_full_name(seg: str) -> bool:
    """Is ``seg`` a person's name and nothing else (山川 典二, 比嘉瑞己)? A family and a
    given name apart by a space (1 to 4 kanji each) are; unspaced, the dictionary must say
    it starts with a person's name (without one: no — a bare word after a marker is more
    often a heading)."""
    parts = seg.split()
    if len(parts) == 2 and all(re.fullmatch(f"[{_KANJI}]{{1,4}}", p) for p in parts):
        return True
    tok = tokenizer()
    if tok is None:
        return False
    morphs = list(tok.tokenize(compact(seg)))
    return bool(morphs) and morphs[0].part_of_speech()[2] == "人名" and all(
        m.part_of_speech()[2] == "人名" or m.part_of_speech()[1] == "固有名詞" or len(m.surface()) == 1
        for m in morphs)


# the departments of a town hall or a prefecture's head office: a two-kanji proper noun before
# one is its holder's surname (西尾総務部長), not the place an office serves (琵琶湖環境部長 is
# three, 釧路総合振興局長 and 近畿財務局長 are branch offices)
_HEAD_OFFICE_DEPARTMENTS = (
    "総務", "企画", "政策", "総合政策", "財政", "財務", "税務", "会計", "市民", "町民", "村民", "区民", "県民",
    "生活", "福祉", "健康", "保健", "子ども", "こども", "子育て", "教育", "学校", "生涯学習", "建設", "都市",
    "土木", "道路", "農林", "農政", "農業", "林務", "水産", "商工", "産業", "経済", "観光", "環境", "危機管理",
    "防災", "消防", "水道", "上下水道", "下水道", "議会", "議事", "警察", "病院", "人事", "秘書", "広報",
    "情報", "デジタル", "管財", "契約", "監査", "選挙", "住民", "長寿", "介護", "保険", "出納", "収納", "戸籍",
    "税", "まちづくり", "住宅", "建築", "施設")
# (not 地域, 文化, 企業, 社会: 佐久地域振興局…課長, 熊野文化会館長, 大阪企業局長, 佐賀社会福祉協議会長 are
# places' bodies) — and a body outside the town hall after the department is a place's too
# offices named for a town's or prefecture's people, land or own bodies (町民課長, 県土整備部長,
# 市長公室長, 町立病院事務長, 町づくり推進課長): a surname before one may read as a place with it
_PLACE_DEPARTMENTS = tuple(p + w for p in "市町村区県府都" for w in ("民", "土", "長公室", "立", "営", "づくり"))
# the head of a section or a department (not of a bureau: 福島復興局 is a place's office)
_SECTION_HEAD = re.compile("(?:課|部|室)(?:長|長補佐|長代理|次長|参事|主幹)$")
# offices of a department held by a person, never named after a place alone (日野部長)
_BARE_OFFICES = ("部長", "課長", "局長", "室長", "次長", "参事", "主幹", "課長補佐", "係長", "主査", "副部長", "副課長",
                 "副局長", "審議監", "理事") + (_MINISTERS := ("大臣", "副大臣", "大臣政務官", "政務官"))
_OUTSIDE_BODIES = ("協議会", "会館", "振興局", "公社", "事業団", "組合")
BRANCH_OFFICES = ("財務局長", "農政局長", "整備局長", "運輸局長", "経済産業局長", "振興局長", "支庁長", "センター長",
                   "県民局長", "地域局長", "地方局長", "事務局長",
                   "事務所長", "出張所長", "支所長", "分室長")


@lru_cache(maxsize=1024)
def _leading_surname(c: str) -> str:
    """The person's name at the start of ``c`` (坂田 of 坂田総合政策部長), or "".

    A proper noun of two kanji before a head office's department is taken for a surname
    too (西尾総務部長, 津田警察本部長: surnames the dictionary files as places), but not a
    place before an office named after it (琵琶湖環境部長, 釧路総合振興局長, 東京事務所長)."""
    tok = tokenizer()
    if tok is None:
        return ""
    name = ""
    morphs = list(tok.tokenize(c))
    for k, m in enumerate(morphs):
        if m.part_of_speech()[2] != "人名":
            break
        if k and m.surface() in BODY_ENDS and m.part_of_speech()[3] == "名" and k + 1 < len(morphs) \
                and morphs[k + 1].surface() not in MEMBER_ROLES + ("議員",):
            break         # 西岡厚生委員長: the 厚生 committee's chair, not a given name 厚生
        name += m.surface()
    if not name and len(morphs) > 1 and morphs[0].part_of_speech()[0] == "接頭辞" and len(morphs[0].surface()) == 1 \
            and is_kanji(morphs[0].surface()) and may_be_surname(morphs[0].surface()) \
            and morphs[0].surface() not in "新前元旧副総大小本各全現次故主正準" \
            and c[1:].startswith(_BARE_OFFICES) and is_role(c[1:]):
        name = morphs[0].surface()   # 原主幹兼委員会第一係長: a surname of one kanji the dictionary
        #                              reads as a prefix (原案), before an office no prefix makes
    if not name and morphs and morphs[0].part_of_speech()[1] == "固有名詞":
        first = morphs[0].surface()
        rest = c[len(first):]
        if len(first) == 2 and all(map(is_kanji, first)) and rest.startswith(_HEAD_OFFICE_DEPARTMENTS + _PLACE_DEPARTMENTS) \
                and not rest.endswith(BRANCH_OFFICES) and not any(b in rest for b in _OUTSIDE_BODIES) \
                and is_role(rest) and _title_suffix(rest) != rest:
            name = first      # (not before a standing title alone: 宮崎教育長 is the dictionary's)
        elif len(first) == 2 and all(map(is_kanji, first)) and rest in _BARE_OFFICES \
                and (rest not in _MINISTERS or may_be_surname(first)):
            name = first      # 日野部長, 松本課長: a surname the dictionary files as a place, before an
            #                   office no place has alone (a minister's only where the dictionary
            #                   knows it as a surname too: 松本大臣, not 沖縄大臣 or 英国大臣)
        elif len(first) == 2 and all(map(is_kanji, first)) and may_be_surname(first) \
                and _SECTION_HEAD.search(rest) and is_role(rest) and _title_suffix(rest) != rest \
                and not rest.endswith(BRANCH_OFFICES) and not any(b in rest for b in _OUTSIDE_BODIES) \
                and not _PLACE_IN_OFFICE.search(rest) and (word := next(iter(tok.tokenize(rest)), None)) is not None \
                and len(word.surface()) >= 2 and (word.part_of_speech()[1] == "普通名詞" or word.part_of_speech()[0] == "形状詞"):
            name = first      # 青山交通企画課長: a surname the dictionary files as a place (and as a
            #                   surname), before a section's head named by common words (交通企画,
            #                   金田特別支援教育課長) — no place's section is (a place names a
            #                   branch: 青山出張所長)
        elif len(first) > 2 and all(map(is_kanji, first[:2])) and may_be_surname(first[:2]) \
                and c[2:].startswith(_PLACE_DEPARTMENTS) and is_role(c[2:]) and not c.endswith(BRANCH_OFFICES) \
                and _title_suffix(c[2:]) != c[2:]:
            name = first[:2]  # 富山県土整備部長: the dictionary's word 富山県土 is a surname and the
            #                   office of the prefecture's land (県土整備部)
        elif len(first) >= 3 and first[-1] in "市町村区県府都" and c[len(first) - 1:].startswith(_PLACE_DEPARTMENTS):
            # 佐藤町民課長, 石川県土整備部長: the dictionary's place 佐藤町 / 石川県 is a surname
            # and the first kanji of an office named for the town's people (町民, 県土, 市長公室)
            surname, rest = first[:-1], c[len(first) - 1:]
            if all(m.part_of_speech()[2] == "人名" for m in tok.tokenize(surname)) \
                    and is_role(rest) and not rest.endswith(BRANCH_OFFICES) and _title_suffix(rest) != rest:
                name = surname
    if not name and _one_kanji_surname(c, morphs):
        name = c[0]       # 関総務部長, 原総務部長, 東教育次長: a surname of one kanji before an office
    if (len(name) >= 3 or len(name) == 2 and may_be_surname(name[:1])) and len(name) < len(c):
        rest = list(tok.tokenize(c[len(name):]))
        joined = list(tok.tokenize(c[len(name) - 1:]))
        # (a two-kanji name only where the office was left a broken word: 岡市|民課長, not
        # 高市|市民課長)
        if rest and joined and len(joined[0].surface()) >= 2 and joined[0].part_of_speech()[2] != "人名" \
                and (len(rest[0].surface()) == 1 or len(name) >= 3 and name[-1] in "市町村区都県府道"):
            # 小川誠都市計画部長, 村上一市民部長: the name took the office's first kanji (小川誠都 /
            # 市計画部長); the office's first word whole (都市, 市民) gives it back — where the
            # office was left a broken word, or the kanji is a city's or town's (市民, 町民)
            name = name[:-1]
    for cut in range(1, len(name)):
        # 林保健福祉局長: the dictionary read 林保健 as a name; 保健 is never a given name,
        # and 保健福祉局長 an office
        if len(name) < len(c) and len(name) - cut >= 2 and is_role(c[cut:]) \
                and (head := next(iter(tok.tokenize(c[cut:])), None)) is not None \
                and len(head.surface()) >= len(name) - cut and head.part_of_speech()[2] != "人名" \
                and _office_word(name[cut:], c[cut:]):
            if name[:cut] in _PLACE_WORDS and _CENTRE_HEAD.search(c):
                name = ""         # 北保健センター所長: the northern centre's director, no one named 北
                break
            if may_be_surname(name[:cut]):
                name = name[:cut]
                break
    return name if len(name) < len(c) else ""


# what stands before an office without being a surname: 前総務部長 (the former one), 新庁舎…,
# 副市民部長, 総務部長 itself
_NOT_ONE_KANJI_SURNAMES = tuple("新旧前元現故総本全各当同両次兼事主正副仮代町都道府県市区村国")
# …and a direction before a place's office is that place's (南病院事務長, 北消防本部長,
# 中市民課長: the southern hospital, the northern fire headquarters, the central ward's)
_DIRECTION_PLACES = ("病院", "消防", "市民", "町民", "村民", "区民", "県民", "住民", "保健", "水道", "下水道",
                     "上下水道", "学校", "土木", "道路", "建設", "農林", "環境", "税務", "地域")
# a place in the office's name: 西消防署長, 東図書館長, 北保健所長 are the western station's…
_PLACE_IN_OFFICE = re.compile("署|所|センター|館|校|園|分室|工場|病院長|庁舎")   # (所: 支所, 出張所, 事務所 too)


def _one_kanji_surname(c: str, morphs) -> bool:
    """Does ``c`` open with a surname of one kanji (関, 原, 東, 林) before an office of the
    town hall's own departments (総務部長, 教育次長)? Only where the dictionary reads that kanji
    as a word of its own (not 関税課長, 林業振興課長) and as a surname by one of its entries,
    and where no place is named in the office (西消防署長: the western station's head)."""
    rest = c[1:]
    if c[:1] in _PLACE_WORDS and (rest.startswith(_DIRECTION_PLACES) or "本部" in rest):
        return False
    return (len(c) >= 4 and is_kanji(c[0]) and c[0] not in _NOT_ONE_KANJI_SURNAMES
            and bool(morphs) and morphs[0].surface() == c[0]
            and rest.startswith(_HEAD_OFFICE_DEPARTMENTS) and is_role(rest)
            and not rest.endswith(BRANCH_OFFICES) and _PLACE_IN_OFFICE.search(rest) is None
            and not any(b in rest for b in _OUTSIDE_BODIES) and may_be_surname(c[0]))


def _given_name_alone(c: str) -> bool:
    """Is ``c`` a given name with no surname before it (和寿, 裕子), by the dictionary?"""
    tok = tokenizer()
    if tok is None:
        return False
    morphs = list(tok.tokenize(c))
    return bool(morphs) and morphs[0].part_of_speech()[2:4] == ("人名", "名") \
        and all(m.part_of_speech()[2] == "人名" for m in morphs)


def _title_suffix(c: str) -> str | None:
    """The longest standing title ``c`` ends with, with its 副/仮 prefixes."""
    for title in sorted(TITLES, key=len, reverse=True):
        if c.endswith(title):
            start = len(c) - len(title)
            while start > 0 and any(c[:start].endswith(p) for p in TITLE_PREFIXES):
                p = next(p for p in TITLE_PREFIXES if c[:start].endswith(p))
                start -= len(p)
            return c[start:]
    return None
