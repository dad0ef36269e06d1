"""The labels that name a form's parts, as real templates write them."""
from __future__ import annotations

import re
from functools import lru_cache

from jxcheck.engine.model import KIND_DEPT_SELF_EVAL, KIND_DEPT_TARGET, KIND_PROJECT_SELF_EVAL, KIND_PROJECT_TARGET

# 一级 / 二级 names as written in real forms (docs/catalogue.md §1); some serve at both levels.
LEVEL1 = {"产出指标", "效益指标", "满意度指标", "成本指标", "项目完成指标", "项目效益指标", "效果指标",
          "实施效果指标", "预期产出指标", "产出", "效益", "满意度", "成本",
          "项目决策", "项目管理", "项目产出", "项目效益", "决策", "过程", "管理"}  # the 10号 evaluation framework
LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
          "经济效益指标", "社会效益指标", "生态效益指标", "环境效益指标", "可持续影响指标", "服务对象满意度指标",
          "社会公众或服务对象满意度指标", "满意度指标", "进度指标", "产出进度指标", "产出指标", "效益指标",
          "数量", "质量", "时效", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度",
          "项目目标", "项目立项", "决策过程", "资金投入", "投入管理", "资金管理", "财务管理", "项目实施", "组织实施",
          "业务管理", "绩效目标"}
_SCORE_SUFFIX = re.compile(r"[(（][^()（）]*[)）]$|等$")  # 产出指标(50分), 数量指标(或建筑规模指标), …指标等

# Vertical section labels that PDF extraction breaks over lines (年 / 度主要任务).
SECTION_LABELS = ("年度主要任务", "年度绩效指标", "年度总体目标", "本年度绩效指标", "绩效指标", "年度绩效目标",
                  "实施期绩效指标", "长期绩效指标", "中期绩效指标")

DEPARTMENT_LABELS = ("部门（单位）名称", "部门(单位)名称", "部门名称", "单位名称", "实施单位", "实施单位(盖章)",
                     "项目单位", "预算单位", "预算部门", "下达地方或单位", "填报单位", "部门（单位）", "主管部门",
                     "主管部门及代码")
PROJECT_LABELS = ("项目名称", "项目支出名称")
GOAL_LABELS = {"年度总体目标": "年度", "总体目标": "年度", "年度绩效总目标": "年度", "年度总体绩效目标": "年度",
               "项目绩效目标": "年度", "绩效目标": "年度", "年度绩效目标": "年度", "本年度绩效目标": "年度",
               "年度目标": "年度", "实施期绩效目标": "实施期", "实施期目标": "实施期", "长期目标": "实施期",
               "中期目标": "实施期", "整体绩效目标": "年度"}
_GOAL_COLUMNS = (("实际完成情况", "skip"), ("实际完成", "skip"), ("预期目标", "年度"), ("年度目标", "年度"),
                 ("长期目标", "实施期"), ("中期", "实施期"), ("实施期", "实施期"))
FOOTER_LABELS = ("财政部门审核意见", "审核意见", "填表人", "填报日期", "单位负责人", "联系电话", "项目负责人",
                 "财务负责人", "主管部门审核意见")
# rows that close an indicator table (self-evaluation totals and conclusions)
END_LABELS = ("合计", "总分", "评价结论", "存在问题", "改进措施", "其他需要说明事项", "偏差大或目标未完成原因分析",
              "改进措施及结果应用方案", "自评得分", "评价等级")
BUDGET_LABELS = ("预算金额", "资金总额", "年度预算数", "项目总额", "预算资金")
PERIOD_LABELS = ("项目支出实施期", "项目实施期", "实施期", "项目起止时间", "起止时间", "项目期限", "实施周期")
TOTAL_LABELS = ("金额合计", "合计", "总计", "资金合计")

# Indicator-table column headers -> model field.
COLUMNS = {
    "一级指标": "level1", "二级指标": "level2", "三级指标": "name", "三级指标名称": "name", "指标名称": "name",
    "指标值": "value", "指标值及单位": "value", "年度指标值": "value", "目标值": "value", "指标目标值": "value",
    "预期指标值": "value", "年度目标值": "value", "绩效指标值": "value", "年初目标值": "value", "计划指标值": "value",
    "指标内容": "name",
    "指标性质": "nature", "指标值类型": "nature", "指标方向": "nature", "计算符号": "nature",
    "计量单位": "unit", "度量单位": "unit", "单位": "unit",
    "完成值": "actual", "实际完成值": "actual", "实际值": "actual", "全年实际值": "actual", "实际完成情况": "actual",
    "权重": "weight", "分值": "weight", "得分": "score", "自评得分": "score",
    "未完成原因分析": "reason", "偏差原因分析及改进措施": "reason", "偏差原因分析": "reason",
}


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """A label as compared: no spaces, no markdown emphasis, no trailing colon."""
    return re.sub(r"[\s*＊]", "", text).rstrip(":：")


@lru_cache(maxsize=4096)
def level_name(text: str) -> str:
    """A level cell without its score suffix (产出指标(50分) -> 产出指标); one character misread by OCR
    in a name of four or more (顼目产出 -> 项目产出) is read as the name it stands for."""
    name = _SCORE_SUFFIX.sub("", norm(text))
    if name in LEVEL1 or name in LEVEL2 or len(name) < 4:
        return name
    close = [known for known in LEVEL1 | LEVEL2
             if len(known) == len(name) and sum(a != b for a, b in zip(known, name)) == 1]
    return close[0] if len(close) == 1 else name


def corrected(text: str) -> str:
    """A level cell with an OCR-misread name put right, its score suffix kept (顼目产出(30分) -> 项目产出(30分))."""
    bare = _SCORE_SUFFIX.sub("", norm(text))
    fixed = level_name(text)
    return text.replace(bare, fixed) if bare != fixed and bare in text else text


def is_level1(text: str) -> bool:
    return level_name(text) in LEVEL1


def is_level2(text: str) -> bool:
    return level_name(text) in LEVEL2


def is_level(text: str) -> bool:
    return is_level1(text) or is_level2(text)


@lru_cache(maxsize=4096)
def is_fragment(text: str) -> bool:
    """A piece of a vertical section label broken by PDF extraction (年, 度 主 要 任 务)."""
    t = norm(text)
    return (bool(t) and any(t in label and t != label for label in SECTION_LABELS) and not is_level(t)
            and t not in GOAL_LABELS)


def section_label(text: str) -> str | None:
    t = norm(text)
    return t if t in SECTION_LABELS else None


def form_kind(title: str) -> str | None:
    """The form's kind from its title line."""
    t = norm(title)
    if len(t) > 80:
        return None  # a paragraph that mentions a form is not a title
    if "自评" in t and ("表" in t or "绩效" in t):
        return KIND_DEPT_SELF_EVAL if "整体" in t else KIND_PROJECT_SELF_EVAL
    if "绩效目标" in t and ("表" in t or "申报" in t or "整体" in t):
        return KIND_DEPT_TARGET if "整体" in t else KIND_PROJECT_TARGET
    return None


def is_indicator_header(normed: list[str]) -> bool:
    fields = [column_field(t) for t in normed]
    return "level1" in fields and ("level2" in fields or "name" in fields)


def goal_column(text: str) -> str | None:
    """The term a column under a goal label holds: 年度, 实施期, or skip (实际完成情况)."""
    t = norm(text)
    return next((term for key, term in _GOAL_COLUMNS if t.startswith(key)), None)


@lru_cache(maxsize=4096)
def column_field(text: str) -> str | None:
    t = norm(text).lstrip("*＊")
    t = re.sub(r"[(（][^)）]*[)）]$", "", t) if t not in COLUMNS else t
    return COLUMNS.get(t)
