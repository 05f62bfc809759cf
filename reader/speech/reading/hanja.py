"""Hanja in Korean news: headline abbreviations, company shorthands, words and glosses.

- Standing alone, a country, party or institution letter is its full name (美 미국, 與 여당,
  檢 검찰); a run of them is the short compound (韓美日 한미일, 與野 여야, 美中 미중).
- Glued after a name, a company or family letter is the word it shortens (현대車 현대차,
  삼성電 삼성전자, 트럼프家 트럼프가).
- Any other hanja is read by its Sino-Korean sound, with the initial-sound rule at the start of a
  word (李 이, 勞動 노동, 女性 여성).
- A gloss repeats the word beside it, so only one is read: 국정(國政) -> 국정, 國政(국정) -> 국정.
"""

from __future__ import annotations

import re

from reader.speech.reading.numerals import PARTICLE, fit_particle

# Alone (no hanja beside it), the letter stands for the whole name.
ALONE: dict[str, str] = {
    "美": "미국", "中": "중국", "日": "일본", "北": "북한", "南": "남한", "韓": "한국", "英": "영국",
    "佛": "프랑스", "獨": "독일", "露": "러시아", "伊": "이탈리아", "印": "인도", "濠": "호주",
    "豪": "호주", "加": "캐나다", "臺": "대만", "台": "대만", "越": "베트남", "泰": "태국", "歐": "유럽",
    "與": "여당", "野": "야당", "檢": "검찰", "警": "경찰", "軍": "군", "靑": "청와대", "政": "정부",
    "法": "법원", "黨": "당", "尹": "윤", "李": "이", "文": "문", "朴": "박", "盧": "노", "金": "김",
    "崔": "최", "安": "안", "洪": "홍", "趙": "조", "曺": "조", "秋": "추", "鄭": "정", "吳": "오",
    "姜": "강", "黃": "황", "劉": "유", "柳": "유", "宋": "송", "權": "권", "林": "임",
}  # fmt: skip

# Names of foreign leaders, said in their own language's sound (not the Korean reading of the letters).
NAMES: dict[str, str] = {
    "習近平": "시진핑", "毛澤東": "마오쩌둥", "鄧小平": "덩샤오핑", "李强": "리창", "李克强": "리커창",
    "安倍": "아베", "岸田": "기시다", "石破": "이시바", "金正恩": "김정은", "金與正": "김여정",
    "金正日": "김정일", "金日成": "김일성", "習": "시진핑",
}  # fmt: skip

# Glued right after Hangul or Latin letters: the shorthand of a company or a family.
AFTER_NAME: dict[str, str] = {
    "車": "차", "電": "전자", "銀": "은행", "證": "증권", "重": "중공업", "建": "건설", "生": "생명",
    "火": "화재", "硏": "연구원", "家": "가", "株": "주", "稅": "세", "大": "대", "號": "호", "社": "사",
    "側": "측", "系": "계", "派": "파", "圈": "권", "界": "계", "發": "발", "産": "산", "製": "제",
}  # fmt: skip

# The metals, where they mean a medal or the metal itself (金 5개, 金메달, 金값, 金·銀), not 金 the family.
METALS: dict[str, str] = {"金": "금", "銀": "은", "銅": "동"}
_METAL_NEXT = ("메달", "값", "시세", "가격", "시장", "선물", "괴", "銀", "銅", "金")
_SEPARATORS = "·ㆍ∙・"

# Sino-Korean sounds. Two readings "X/Y": X at the start of a word (initial-sound rule), Y elsewhere.
_SOUNDS = """
家가 價가 加가 可가 歌가 街가 假가 暇가 各각 角각 覺각 刻각 閣각 間간 幹간 看간 刊간 簡간 感감
減감 監감 甘감 敢감 甲갑 江강 强강 講강 降강 鋼강 康강 姜강 改개 個개 開개 介개 槪개 客객 更갱
去거 巨거 擧거 車차 居거 建건 件건 健건 乾건 傑걸 檢검 儉검 劍검 格격 擊격 激격 隔격 見견 堅견
犬견 決결 結결 潔결 缺결 京경 經경 景경 輕경 警경 競경 境경 慶경 敬경 驚경 傾경 耕경 硬경 頃경
界계 計계 系계 季계 階계 鷄계 契계 戒계 械계 繼계 高고 告고 古고 苦고 考고 固고 故고 庫고 孤고
曲곡 穀곡 谷곡 困곤 骨골 工공 公공 共공 功공 空공 攻공 恐공 供공 貢공 果과 科과 課과 過과 誇과
官관 觀관 關관 館관 管관 寬관 慣관 光광 廣광 鑛광 交교 校교 敎교 橋교 較교 九구 口구 求구 救구
究구 久구 句구 舊구 區구 具구 球구 構구 國국 局국 菊국 君군 軍군 郡군 群군 弓궁 宮궁 窮궁 權권
勸권 卷권 券권 圈권 貴귀 歸귀 鬼귀 規규 均균 菌균 極극 劇극 克극 近근 根근 勤근 金금 今금 禁금
錦금 急급 給급 級급 及급 己기 記기 起기 其기 期기 基기 氣기 技기 機기 旗기 企기 器기 紀기 奇기
寄기 祈기 緊긴 吉길 金김 那나 暖난 難난 南남 男남 納납 內내 女녀/여 年년/연 念념/염 努노 怒노
農농 能능 多다 茶다 丹단 單단 短단 團단 壇단 端단 斷단 段단 達달 談담 擔담 答답 堂당 當당 黨당
糖당 大대 代대 待대 對대 帶대 隊대 臺대 貸대 德덕 刀도 到도 度도 道도 島도 徒도 都도 圖도 導도
盜도 逃도 途도 毒독 獨독 讀독 督독 東동 同동 洞동 動동 冬동 童동 銅동 斗두 頭두 得득 登등 等등
燈등 騰등 羅라/나 樂락/낙 落락/낙 絡락 亂란/난 卵란/난 覽람/남 濫람/남 浪랑/낭 郞랑/낭 來래/내
冷랭/냉 略략/약 兩량/양 良량/양 量량/양 糧량/양 旅려/여 麗려/여 慮려/여 力력/역 歷력/역 練련/연
連련/연 聯련/연 戀련/연 列렬/열 烈렬/열 裂렬/열 劣렬/열 令령/영 領령/영 嶺령/영 例례/예 禮례/예
老로/노 勞로/노 路로/노 露로/노 綠록/녹 錄록/녹 論론/논 雷뢰/뇌 賴뢰/뇌 料료/요 龍룡/용 流류/유
類류/유 留류/유 六륙/육 陸륙/육 輪륜/윤 律률/율 率률/율 隆륭/융 利리/이 理리/이 里리/이 離리/이
李리/이 林림/임 臨림/임 立립/입 馬마 麻마 磨마 莫막 幕막 漠막 萬만 滿만 晩만 末말 亡망 望망 忘망
每매 買매 賣매 妹매 麥맥 脈맥 盟맹 猛맹 免면 面면 勉면 眠면 綿면 滅멸 名명 命명 明명 鳴명 銘명
母모 毛모 模모 募모 慕모 暮모 木목 目목 牧목 妙묘 墓묘 武무 務무 無무 舞무 貿무 茂무 默묵 文문
門문 問문 聞문 物물 未미 味미 美미 米미 尾미 微미 民민 密밀 博박 朴박 薄박 迫박 半반 反반 飯반
班반 返반 發발 髮발 方방 放방 防방 房방 訪방 妨방 倍배 拜배 背배 配배 排배 輩배 白백 百백 番번
繁번 飜번 伐벌 罰벌 犯범 範범 汎범 法법 壁벽 變변 邊변 辯변 別별 兵병 病병 竝병 保보 報보 步보
補보 寶보 普보 福복 伏복 服복 復복 複복 腹복 本본 奉봉 逢봉 峰봉 父부 夫부 部부 副부 婦부 富부
府부 否부 負부 附부 浮부 付부 北북 分분 粉분 憤분 奮분 紛분 不불 佛불 弗불 比비 非비 悲비 飛비
鼻비 備비 批비 秘비 費비 貧빈 氷빙 四사 士사 史사 使사 死사 事사 思사 社사 寺사 師사 査사 射사
謝사 寫사 辭사 私사 絲사 舍사 似사 捨사 削삭 山산 産산 算산 散산 殺살 三삼 上상 相상 商상 想상
狀상 常상 賞상 象상 傷상 床상 喪상 詳상 色색 生생 西서 序서 書서 署서 緖서 夕석 石석 席석 析석
釋석 先선 仙선 線선 選선 船선 善선 鮮선 宣선 雪설 說설 設설 舌설 城성 成성 性성 姓성 星성 省성
聖성 誠성 盛성 聲성 世세 洗세 稅세 細세 勢세 歲세 小소 少소 所소 消소 素소 笑소 召소 訴소 燒소
屬속 俗속 速속 續속 束속 孫손 損손 送송 松송 宋송 頌송 水수 手수 受수 授수 首수 修수 數수 樹수
收수 秀수 守수 輸수 需수 殊수 帥수 叔숙 宿숙 淑숙 純순 順순 巡순 術술 述술 崇숭 習습 濕습 拾습
勝승 承승 乘승 昇승 市시 示시 是시 時시 詩시 視시 施시 試시 始시 食식 式식 植식 識식 息식 飾식
身신 申신 神신 臣신 信신 新신 伸신 失실 室실 實실 心심 深심 審심 十십 氏씨 兒아 我아 亞아 阿아
惡악 岳악 安안 案안 眼안 顔안 岸안 暗암 壓압 押압 央앙 哀애 愛애 液액 額액 夜야 野야 約약 弱약
藥약 羊양 洋양 陽양 揚양 樣양 養양 漁어 語어 魚어 億억 言언 嚴엄 業업 如여 餘여 與여 予여 亦역
役역 易역 逆역 域역 譯역 驛역 然연 硏연 煙연 演연 延연 燃연 宴연 熱열 鹽염 葉엽 英영 永영 迎영
營영 映영 榮영 影영 豫예 藝예 譽예 五오 午오 誤오 烏오 悟오 吳오 屋옥 玉옥 獄옥 溫온 完완 緩완
王왕 往왕 外외 要요 謠요 搖요 曜요 浴욕 欲욕 慾욕 勇용 用용 容용 右우 牛우 友우 雨우 宇우 憂우
遇우 郵우 優우 運운 雲운 韻운 雄웅 元원 原원 院원 願원 園원 遠원 怨원 援원 源원 員원 圓원 月월
越월 位위 偉위 爲위 危위 委위 威위 衛위 圍위 慰위 僞위 謂위 由유 油유 有유 遺유 幼유 柔유 悠유
裕유 維유 育육 肉육 銀은 恩은 隱은 乙을 音음 陰음 飮음 邑읍 應응 衣의 意의 義의 議의 醫의 依의
儀의 疑의 二이 耳이 以이 移이 異이 益익 人인 引인 因인 仁인 認인 印인 一일 日일 壹일 任임 入입
自자 子자 字자 者자 姉자 資자 慈자 姿자 作작 昨작 殘잔 雜잡 長장 場장 將장 章장 壯장 裝장 張장
帳장 獎장 障장 腸장 再재 才재 材재 財재 在재 災재 栽재 裁재 爭쟁 低저 貯저 著저 底저 抵저 的적
赤적 適적 敵적 積적 績적 籍적 賊적 田전 全전 前전 典전 展전 戰전 電전 錢전 傳전 專전 轉전 節절
絶절 切절 折절 店점 點점 占점 接접 正정 政정 定정 停정 精정 情정 靜정 庭정 頂정 整정 井정 鄭정
程정 弟제 第제 祭제 帝제 題제 除제 制제 提제 製제 濟제 際제 堤제 諸제 兆조 早조 祖조 助조 鳥조
造조 朝조 調조 條조 組조 操조 照조 潮조 趙조 曺조 足족 族족 存존 尊존 卒졸 宗종 種종 終종 從종
鐘종 縱종 左좌 座좌 罪죄 主주 住주 注주 晝주 走주 週주 州주 株주 周주 酒주 竹죽 準준 中중 重중
衆중 仲중 卽즉 增증 證증 症증 曾증 地지 志지 知지 指지 支지 止지 持지 紙지 誌지 智지 遲지 直직
職직 織직 進진 眞진 盡진 陣진 鎭진 振진 陳진 質질 疾질 集집 執집 徵징 且차 次차 差차 借차 着착
讚찬 參참 慘참 倉창 唱창 窓창 創창 昌창 蒼창 採채 菜채 債채 責책 策책 冊책 妻처 處처 尺척 斥척
天천 千천 川천 泉천 淺천 賤천 踐천 鐵철 哲철 徹철 靑청 淸청 請청 聽청 廳청 體체 替체 滯체 初초
草초 招초 超초 礎초 秒초 村촌 銃총 總총 最최 催최 崔최 秋추 追추 推추 抽추 醜추 祝축 築축 畜축
縮축 蓄축 軸축 春춘 出출 充충 忠충 蟲충 衝충 取취 就취 趣취 醉취 吹취 側측 測측 層층 治치 致치
置치 齒치 値치 恥치 則칙 親친 七칠 針침 侵침 沈침 寢침 稱칭 快쾌 他타 打타 墮타 妥타 卓탁 託탁
濁탁 炭탄 彈탄 歎탄 誕탄 脫탈 奪탈 探탐 貪탐 塔탑 湯탕 太태 泰태 態태 怠태 宅택 擇택 澤택 土토
討토 通통 統통 痛통 退퇴 投투 鬪투 特특 波파 派파 破파 判판 板판 版판 販판 八팔 敗패 貝패 便편
片편 篇편 編편 偏편 平평 評평 閉폐 廢폐 弊폐 肺폐 包포 布포 抱포 砲포 捕포 浦포 暴폭 爆폭 表표
票표 標표 品품 風풍 豊풍 皮피 彼피 疲피 被피 避피 必필 筆필 畢필 下하 夏하 河하 賀하 學학 鶴학
寒한 限한 韓한 漢한 閑한 恨한 割할 含함 合합 抗항 港항 航항 項항 恒항 害해 海해 解해 亥해 核핵
行행 幸행 向향 香향 鄕향 響향 虛허 許허 革혁 現현 賢현 顯현 縣현 血혈 協협 脅협 兄형 刑형 形형
型형 惠혜 戶호 乎호 呼호 好호 虎호 號호 湖호 護호 豪호 或혹 婚혼 混혼 紅홍 洪홍 化화 火화 花화
華화 話화 和화 畵화 貨화 禍화 確확 擴확 患환 歡환 環환 換환 活활 黃황 皇황 況황 會회 回회 懷회
劃획 獲획 橫횡 孝효 效효 後후 厚후 侯후 候후 訓훈 毁훼 揮휘 休휴 携휴 凶흉 胸흉 黑흑 興흥 希희
喜희 稀희 戱희 尹윤 尙상 濠호 蘇소 歐구 伊이 沖충 曰왈 琴금 裵배 奎규 炯형 彦언 秀수 敏민 旭욱
熙희 哲철 淳순 浩호 煥환 錫석 鎬호 泳영 鉉현 昊호 晳석 植식 燮섭 赫혁 珍진 允윤 宣선 蔡채 韋위 禹우
"""
SOUNDS: dict[str, tuple[str, str]] = {}
for _token in _SOUNDS.split():
    _char, _rest = _token[0], _token[1:]
    _medial, _, _initial = _rest.partition("/")
    SOUNDS.setdefault(_char, (_initial or _medial, _medial))
# Surnames keep their initial form inside a run too: 反李 반이, 親盧 친노.
SOUNDS.update(
    {
        c: (r, r)
        for c, r in {
            "李": "이",
            "林": "임",
            "盧": "노",
            "劉": "유",
            "柳": "유",
            "羅": "나",
            "呂": "여",
            "梁": "양",
            "陸": "육",
            "龍": "용",
        }.items()
    }
)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANJA_RE = re.compile(f"[{_HAN}]")
_GLOSS_AFTER_HANGUL = re.compile(rf"(?<=[가-힣])\s?\(\s*[{_HAN}][{_HAN}·ㆍ,\s]*\)")
_HANGUL_GLOSS_AFTER_HANJA = re.compile(rf"(?<![{_HAN}])[{_HAN}]+\s?\(\s*([가-힣][가-힣\s]*)\)")
# A run of hanja, and the particle glued after it (美와, 與는): the particle follows the reading.
_RUN = re.compile(rf"([{_HAN}](?:[·ㆍ∙・]?[{_HAN}])*)({PARTICLE})?")


def _sound(run: str) -> str:
    out = []
    start = True
    for ch in run:
        if ch in "·ㆍ∙・":
            start = True
            continue
        initial, medial = SOUNDS.get(ch, ("", ""))
        out.append(initial if start else medial)
        start = False
    return "".join(out)


def _replace_run(m: re.Match[str]) -> str:
    reading = _reading(m)
    particle = m[2]
    return reading.rstrip() + fit_particle(reading.rstrip(), particle) if particle else reading


def _reading(m: re.Match[str]) -> str:
    run = m[1]
    text, a = m.string, m.start()
    prev = text[a - 1] if a else ""
    glued_after_name = bool(prev) and ("가" <= prev <= "힣" or (prev.isascii() and prev.isalpha()))
    if run in NAMES:
        return NAMES[run]
    if len(run) == 1:
        if text[m.end(1) : m.end(1) + 1].isdigit():
            return _sound(run)  # 野3당: the letter is part of a word with the number
        if glued_after_name and run in AFTER_NAME:
            return AFTER_NAME[run]
        if run in METALS and _metal_sense(text[m.end(1) :]):
            return METALS[run]
        if run in ALONE and not glued_after_name:
            nxt = text[m.end(1) : m.end(1) + 1]
            # 美 대선, 北 미사일, 與 "…": alone; 美대선 too (a headline drops the space)
            return ALONE[run] + (" " if nxt and "가" <= nxt <= "힣" else "")
        return _sound(run)
    letters = [ch for ch in run if ch not in _SEPARATORS]
    if len(letters) > 1 and len(letters) < len(run) and all(ch in METALS for ch in letters):
        return " ".join(METALS[ch] for ch in letters)  # 金·銀 석권: gold and silver
    if len(run) == 3 and run[0] == "金":
        return "김" + _sound(run[1:])  # a three-letter name: 金正恩 김정은 (金利 stays 금리)
    return _sound(run)


def _metal_sense(rest: str) -> bool:
    """金 (銀, 銅) alone means the medal or the metal when a count, 메달 or a market word follows, or
    nothing does (양궁 金); before a title or a name it is the family name (金 총재)."""
    rest = rest.lstrip()
    return not rest or rest[0].isdigit() or rest.startswith(_METAL_NEXT)


def read_hanja(text: str) -> str:
    """Every hanja in ``text`` in Hangul; glosses beside their word dropped."""
    if not HANJA_RE.search(text):
        return text
    text = _GLOSS_AFTER_HANGUL.sub("", text)
    text = _HANGUL_GLOSS_AFTER_HANJA.sub(lambda m: m.group(1), text)
    return _RUN.sub(_replace_run, text)
