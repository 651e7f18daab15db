"""The import columns, in export order, and the Chinese header aliases curators may use."""

COLUMNS = [
    "identifier",
    "title",
    "description",
    "creator",
    "date",
    "date_start",
    "date_end",
    "place",
    "latitude",
    "longitude",
    "subjects",
    "type",
    "format",
    "source",
    "rights",
    "credit",
    "language",
    "collection",
    "images",
    "alt_text",
    "transcription",
    "status",
]

ALIASES = {
    "标识符": "identifier",
    "编号": "identifier",
    "登录号": "identifier",
    "题名": "title",
    "标题": "title",
    "描述": "description",
    "简介": "description",
    "责任者": "creator",
    "作者": "creator",
    "创作者": "creator",
    "日期": "date",
    "年代": "date",
    "起始年": "date_start",
    "开始年份": "date_start",
    "截止年": "date_end",
    "结束年份": "date_end",
    "地点": "place",
    "纬度": "latitude",
    "经度": "longitude",
    "主题": "subjects",
    "主题词": "subjects",
    "类型": "type",
    "载体形态": "format",
    "载体": "format",
    "来源": "source",
    "收藏机构": "source",
    "版权": "rights",
    "权利": "rights",
    "致谢": "credit",
    "署名": "credit",
    "语种": "language",
    "语言": "language",
    "专题": "collection",
    "图片": "images",
    "替代文字": "alt_text",
    "转录": "transcription",
    "全文": "transcription",
    "状态": "status",
}

MULTI_SEPARATOR = "|"


def canonical(header: str) -> str | None:
    """The canonical column for a header cell (case, spaces and a BOM do not matter)."""
    name = (header or "").strip().lstrip("\ufeff").strip()
    lowered = name.lower().replace(" ", "_").replace("-", "_")
    if lowered in COLUMNS:
        return lowered
    return ALIASES.get(name)


def split_multi(value: str) -> list[str]:
    return [part.strip() for part in (value or "").split(MULTI_SEPARATOR) if part.strip()]
