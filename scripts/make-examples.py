#!/usr/bin/python3
"""Writes the bundled example workbooks in examples/ with openpyxl (a different writer than ours),
laid out the way units really send them. Run with Debian's python3-openpyxl:

    /usr/bin/python3 scripts/make-examples.py

The files are committed; this script is how they were made (and how to remake them)."""
import datetime as dt
import io
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
WEEK = "一二三四五六日"


def save(wb, name):
    """Fixed properties and zip times so the bytes do not change from run to run."""
    wb.properties.creator = "unit"
    wb.properties.created = wb.properties.modified = dt.datetime(2023, 11, 1)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def table(ws, top, headers, rows, widths=None):
    for c, h in enumerate(headers, 1):
        cell = ws.cell(top, c, h)
        cell.font, cell.border, cell.alignment = BOLD, BOX, WRAP
    for r, row in enumerate(rows, top + 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.border, cell.alignment = BOX, WRAP
            if isinstance(v, (dt.date, dt.datetime)):
                cell.number_format = "yyyy-mm-dd"
    for c, w in enumerate(widths or [], 1):
        ws.column_dimensions[chr(64 + c)].width = w


def schedule(ws, title, start, plan, merge_dates=True, with_type=True):
    """plan: list of (city, [(时段, 内容, 类型)...]) per day."""
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    headers = ["日期", "星期", "时段", "城市", "内容"] + (["类型"] if with_type else [])
    rows = []
    for d, (city, items) in enumerate(plan):
        day = start + dt.timedelta(days=d)
        for k, (half, content, typ) in enumerate(items):
            first = k == 0
            row = [dt.datetime(day.year, day.month, day.day) if first or not merge_dates else None,
                   "星期" + WEEK[day.weekday()] if first or not merge_dates else None, half, city, content]
            if with_type:
                row.append(typ)
            rows.append(row)
    table(ws, 2, headers, rows, [12, 8, 8, 16, 44, 10])
    if merge_dates:
        r = 3
        for city, items in plan:
            if len(items) > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r + len(items) - 1, end_column=1)
                ws.merge_cells(start_row=r, start_column=2, end_row=r + len(items) - 1, end_column=2)
            r += len(items)


def study_day(topic, inst):
    return [("上午", "专题讲座：" + topic, "专题培训"), ("下午", "课堂学习：%s案例研讨（%s）" % (topic, inst), "课堂学习")]


def visit_day(what):
    return [("上午", "对口考察" + what, "对口考察"), ("下午", "与%s专家座谈交流" % what, "对口考察")]


# ---------------------------------------------------------------- 1. a clean Zhejiang return
def zj_clean():
    wb = Workbook()
    ws = wb.active
    ws.title = "需求表"
    ws.cell(1, 1, "2024年度因公出国（境）培训项目计划表").font = Font(bold=True, size=14)
    ws.merge_cells("A1:P1")
    ws.cell(2, 1, "填报单位（盖章）：浙江省农业科学院")
    headers = ["序号", "项目编号", "培训班主题", "组团单位", "国家（地区）", "人数", "天数", "经费预算\n（万元）",
               "预计办班时间", "出发日期", "回国日期", "培训对象", "境外培训机构", "项目类别", "公务员人数",
               "联系人", "电话", "培训目的", "培训主要内容和必要性", "填报日期", "公示开始日期", "公示结束日期", "总结报送日期"]
    rows = [[1, "ZJ2024-017", "设施农业与精准灌溉技术专题培训班", "浙江省农业科学院", "荷兰", 15, 15, 52.5,
             "2024年5月", dt.date(2024, 5, 6), dt.date(2024, 5, 20), "设施农业科研骨干", "荷兰瓦赫宁根大学",
             "专业技术类", 1, "王建国", "0571-86404000", "学习荷兰设施农业精准灌溉技术",
             "围绕温室环境控制、水肥一体化开展专题培训和对口考察", dt.date(2023, 11, 20),
             dt.date(2024, 4, 22), dt.date(2024, 4, 26), dt.date(2024, 6, 12)],
            ["合计", None, None, None, None, 15, None, 52.5]]
    table(ws, 3, headers, rows)
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 20
    # 15 days: arrival, 12 days in Wageningen, departure; ratios well above 2/3 and 1/3
    inst = "荷兰瓦赫宁根大学"
    plan = [("瓦赫宁根", [("上午", "乘机前往阿姆斯特丹", "交通"), ("下午", "抵达瓦赫宁根，入住", "交通")])]
    topics = ["温室环境控制", "水肥一体化", "精准灌溉决策系统", "病虫害绿色防控", "设施农业机器人"]
    for d in range(1, 14):
        day = dt.date(2024, 5, 6) + dt.timedelta(days=d)
        if day.weekday() >= 5:
            plan.append(("瓦赫宁根", visit_day("当地示范农场") if day.weekday() == 5 else
                         [("上午", "整理学习笔记", "休整"), ("下午", "小组讨论", "其他")]))
        elif d % 3 == 0:
            plan.append(("瓦赫宁根", visit_day("温室企业")))
        else:
            plan.append(("瓦赫宁根", [("上午", "专题讲座：" + topics[d % 5], "专题培训"),
                                    ("下午", "专题研讨：" + topics[(d + 1) % 5], "专题培训")]))
    # the last day stays in Wageningen: a move to Amsterdam on a working last day is ZJ-INTERCITY-ENDS
    plan.append(("瓦赫宁根", [("上午", "结业座谈", "课堂学习"), ("下午", "乘机回国", "交通")]))
    schedule(wb.create_sheet("日程表"), "《设施农业与精准灌溉技术专题培训班》日程安排表", dt.date(2024, 5, 6), plan)
    ws = wb.create_sheet("人员名单")
    table(ws, 1, ["序号", "姓名", "性别", "工作单位", "职务/职称", "是否公务员（含参公）", "行前教育日期"],
          [[i + 1, n, "男" if i % 2 else "女", "浙江省农业科学院", "研究员" if i < 3 else "副研究员",
            "是" if i == 0 else "否", dt.date(2024, 4, 28)] for i, n in enumerate(
              ["李红", "张伟", "陈静", "刘洋", "杨勇", "黄娟", "赵磊", "吴敏", "周杰", "徐丽", "孙强", "马超", "朱婷", "胡斌", "郭鹏"])])
    save(wb, "zj-clean.xlsx")


# ---------------------------------------------------------------- 2. a Zhejiang return with problems
def zj_problems():
    wb = Workbook()
    ws = wb.active
    ws.title = "培训需求表"
    headers = ["序号", "培训主题", "申报单位", "出访国家", "团组人数", "在外天数", "经费预算（元）", "出访时间",
               "出发日期", "回国日期", "项目类别", "其中公务员", "联系人", "联系电话", "申报日期",
               "公示开始日期", "公示结束日期", "总结报送日期", "培训对象", "境外培训机构", "培训目的", "培训主要内容和必要性"]
    rows = [[1, "德国考察", "杭州市经济和信息化局", "德国", "２０人", 12, "480000元", "2024年第二季度",
             dt.date(2024, 4, 8), dt.date(2024, 4, 19), "专业技术类", 4, "陈明", "8888", dt.date(2023, 12, 5),
             dt.date(2024, 4, 1), dt.date(2024, 4, 4), None, "企业管理人员", "德国工商大会培训中心",
             "考察德国智能制造", "参观企业"],
            [2, "智能制造与数字化转型专题研修班", "杭州市经济和信息化局", "德国、瑞士", 18, "#N/A", 60, "2024年9月",
             None, None, "企业经营管理类", 1, "陈明", "13905710000", dt.date(2023, 11, 28), None, None, None,
             "企业技术负责人", "慕尼黑工业大学", "学习数字化转型经验", "数字孪生、工业互联网"],
            [None, "合  计", None, None, 38, None, None]]
    table(ws, 1, headers, rows)
    ws.cell(4, 6).value = None
    ws.cell(3, 6, "=NA()")  # an Excel error where a number belongs (LibreOffice/Excel compute #N/A)
    ws.cell(5, 1, "备注：经费预算以元为单位。")
    # schedule of project 1: 12 days, too little study, a weekday move between cities, a country not declared
    plan = [("法兰克福", [("上午", "乘机前往法兰克福", "交通"), ("下午", "抵达法兰克福", "交通")]),
            ("法兰克福", visit_day("西门子工厂")),
            ("法兰克福—慕尼黑", [("上午", "乘车前往慕尼黑", "交通"), ("下午", "参观宝马博物馆", "其他")]),
            ("慕尼黑", study_day("工业4.0", "德国工商大会培训中心")),
            ("慕尼黑", [("上午", "参观老城", "其他"), ("下午", "自由活动", "休整")]),
            ("慕尼黑", [("全天", "休整", "休整")]),
            ("萨尔茨堡（奥地利）", [("全天", "参观萨尔茨堡", "其他")]),
            ("慕尼黑", visit_day("奥迪工厂")),
            ("柏林", [("上午", "乘机前往柏林", "交通"), ("下午", "专题讲座：数字政府", "专题培训")]),
            ("汉堡", study_day("港口物流", "汉堡商会")),
            ("汉堡", [("上午", "参观市政厅", "其他"), ("下午", "参观港口", "其他")]),
            ("法兰克福", [("上午", "乘车前往法兰克福", "交通"), ("下午", "乘机回国", "交通")])]
    schedule(wb.create_sheet("日程表1"), "《德国考察》日程安排表", dt.date(2024, 4, 8), plan, merge_dates=False)
    save(wb, "zj-problems.xlsx")
    recalc_with_libreoffice("zj-problems.xlsx")


def recalc_with_libreoffice(name):
    """openpyxl stores formulas without results; real Excel returns carry them. Let LibreOffice
    compute and store them (=NA() → a cached #N/A), as Excel would."""
    import shutil
    import subprocess
    import tempfile
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: %s keeps its formula without a cached result" % name)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", tmp, os.path.join(OUT, name)], check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(tmp, name), os.path.join(OUT, name))


# ---------------------------------------------------------------- 3. the MOST online form (001 附件2)
def most_online_form():
    wb = Workbook()
    ws = wb.active
    ws.title = "需求表"
    ws.cell(1, 1, "2022年线上出国（境）培训需求表").font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws.cell(2, 1, "组团单位公章")
    ws.cell(2, 5, "年    月    日")
    lines = [
        ["归口管理部门", "浙江省科学技术厅", None, None, "预计办班时间", "2022年9月"],
        ["培训班主题", "新能源电池材料研发与产业化线上专题培训班"],
        ["组团单位", "浙江某新材料股份有限公司", "联系人", "周华", "电 话", "0571-88886666"],
        ["国家（地区）", "德国", "人 数", "160", "天 数", "10"],
        ["经费预算", "120", "万元", "是否有境外资助", "有☐（资助方_____）否☑"],
        ["培训对象", "企业研发骨干"],
        ["境外培训机构", "机构名称：德国弗劳恩霍夫应用研究促进协会（是否境外培训合作机构是☑ 否☐）"],
        ["培训目的", "掌握新能源电池材料前沿技术"],
        ["培训主要内容和必要性", "围绕正极材料、固态电解质开展线上专题培训"],
        ["归口管理部门联系人", "任璐", None, None, "电 话", "0571-87054069"],
        ["培训形式", "线上"],
        ["填报日期", "2022年6月25日"],
    ]
    for r, line in enumerate(lines, 3):
        for c, v in enumerate(line, 1):
            cell = ws.cell(r, c, v)
            cell.border, cell.alignment = BOX, WRAP
    for r in (4, 8, 9, 10, 11, 13, 14):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.merge_cells("E7:F7")
    ws.cell(16, 1, "归口管理部门公章")
    ws.cell(17, 1, "备注：经费资助标准参照《财政部 国家外国专家局关于印发〈因公短期出国培训费用管理办法〉的通知》（财行〔2014〕4号）。")
    for col, w in zip("ABCDEF", (20, 30, 10, 16, 12, 30)):
        ws.column_dimensions[col].width = w
    fee = wb.create_sheet("费用标准")
    table(fee, 1, ["国家（地区）", "币种", "培训费（每人每天）", "来源"],
          [["德国", "EUR", 66, "财行〔2014〕4号"], ["美国", "USD", 87, "财行〔2014〕4号"], ["日本", "JPY", 8400, "财行〔2014〕4号"]])
    rate = wb.create_sheet("汇率")
    table(rate, 1, ["币种", "折合人民币", "日期"], [["EUR", 7.05, dt.date(2022, 6, 1)], ["USD", 6.70, dt.date(2022, 6, 1)]])
    save(wb, "most-online-form.xlsx")


# ---------------------------------------------------------------- 4. a Sichuan plan (two-row header)
SC_ROWS = [
    [1, "四川省农业科学院", "现代种业创新与育种技术培训班", "以色列", 18, 21, 60.0, "专业技术类", "是", "以色列国际合作署培训中心", "是"],
    [2, "成都市公安局", "公安信息化建设培训班", "新加坡", 25, 10, 40.0, "综合管理类", "是", "新加坡公务员学院", "否"],
    [3, "绵阳市委组织部", "党政干部综合管理能力提升培训班", "英国", 20, 21, 80.0, "党政类", "否", "英国伦敦大学学院", "是"],
    [4, "四川省旅游协会", "跨地区旅游观光考察团", "法国", 15, 14, 50.0, "一般性专业", "是", "法国里昂商学院", "否"],
]


def sc_plan():
    wb = Workbook()
    ws = wb.active
    ws.title = "2020年度计划"
    ws.cell(1, 1, "四川省2020年度因公出国（境）培训项目计划汇总表").font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    top = ["序号", "组团单位", "培训班主题", "国家（地区）", "团组情况", None, "经费预算（万元）", "项目类别",
           "是否纳入因公出国（境）经费预算", "境外培训机构", "是否合作机构"]
    sub = [None, None, None, None, "人数", "天数"]
    for c, v in enumerate(top, 1):
        ws.cell(2, c, v).font = BOLD
    for c, v in enumerate(sub, 1):
        if v:
            ws.cell(3, c, v).font = BOLD
    ws.merge_cells("E2:F2")
    for c in (1, 2, 3, 4, 7, 8, 9, 10, 11):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    for r, row in enumerate(SC_ROWS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v).border = BOX
    r = 4 + len(SC_ROWS)
    ws.cell(r, 1, "合计")
    ws.cell(r, 5, sum(x[4] for x in SC_ROWS))
    ws.cell(r, 7, sum(x[6] for x in SC_ROWS))
    save(wb, "sc-plan.xlsx")


def sc_plan_csv():
    """The same plan as a one-row-header CSV saved by an office PC in GBK."""
    header = "序号,组团单位,培训班主题,国家（地区）,人数,天数,经费预算（万元）,项目类别,是否纳入因公出国（境）经费预算,境外培训机构,是否合作机构"
    lines = [header] + [",".join(str(v) for v in row) for row in SC_ROWS] + ["合计,,,,%d,,%.1f" % (
        sum(x[4] for x in SC_ROWS), sum(x[6] for x in SC_ROWS))]
    with open(os.path.join(OUT, "sc-plan-gbk.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 5. a continuing-education register
def ce_register():
    wb = Workbook()
    ws = wb.active
    ws.title = "继续教育学时"
    rows = [
        ["张三", "330102198001011234", "浙江省农业科学院", 2024, "专业科目", "面授", 48, None, "专业技术人员"],
        ["张三", "330102198001011234", "浙江省农业科学院", 2024, "公需科目", "网络", 30, None, "专业技术人员"],
        ["李红", "330102198502022345", "浙江省农业科学院", 2024, "专业科目", "出国（境）培训", 90, 15, "专业技术人员"],
        ["王五", "330102197703033456", "浙江省农业科学院", 2024, "专业科目", "面授", None, 11, "专业技术人员"],
        ["王五", "330102197703033456", "浙江省农业科学院", 2024, "公需科目", "网络", 5.5, None, "专业技术人员"],
        ["赵六", "33010219790404456X", "中国科学院某研究所", 2024, "专业科目", "面授", 105, None, "所局级领导人员"],
    ]
    table(ws, 1, ["姓名", "身份证号", "单位", "年度", "科目类别", "形式", "学时", "天数", "人员类别"], rows,
          [8, 22, 22, 8, 10, 14, 8, 8, 14])
    fund = wb.create_sheet("职工教育经费")
    table(fund, 1, ["单位", "工资总额（万元）", "职工教育经费（万元）", "技术素质要求高"],
          [["浙江某新材料股份有限公司", 8000, 100, "是"], ["浙江某机械有限公司", 2000, 30, "否"]])
    save(wb, "ce-register.xlsx")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    zj_clean()
    zj_problems()
    most_online_form()
    sc_plan()
    sc_plan_csv()
    ce_register()
    print("examples written to", os.path.abspath(OUT))
