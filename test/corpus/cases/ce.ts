/**
 * Continuing-education registers (ce2007, source 004; cas, source 003).
 */
import type { Case, Cell } from '../corpus';

const HEAD = ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别'];
type Row = [string, string, string, number, string, string, number | null, number | null, string?];
const register = (rows: Row[], name = '继续教育学时') => ({
  name,
  rows: [HEAD, ...rows.map((r): Cell[] => [...r.slice(0, 8), r[8] ?? '专业技术人员'] as Cell[])],
});
const U = '浙江省农业科学院';

export const ceCases: Case[] = [];

ceCases.push({
  id: 'ce01-annual-public',
  about: 'CE-ANNUAL-HOURS at 72 (none) and 71.5; public 24 (exactly 1/3 of 72, none) and 24.5; 12 days = 72 h; 11 days abroad = 66 h',
  packs: ['ce2007'],
  asOf: '2025-03-01',
  sheets: [
    register([
      ['张敏', '330102198001011234', U, 2024, '专业科目', '面授', 48, null],
      ['张敏', '330102198001011234', U, 2024, '公需科目', '网络', 24, null],
      ['李强', '330102198502022345', U, 2024, '专业科目', '面授', 47.5, null],
      ['李强', '330102198502022345', U, 2024, '公需科目', '网络', 24, null],
      ['王芳', '330102197703033456', U, 2024, '专业科目', '面授', 48, null],
      ['王芳', '330102197703033456', U, 2024, '公需科目', '网络', 24.5, null],
      ['赵刚', '33010219790404456X', U, 2024, '专业科目', '面授', null, 12],
      ['钱丽', '330102198806065678', U, 2024, '专业科目', '出国（境）培训', null, 11],
    ]),
  ],
  expect: ['CE-ANNUAL-HOURS@继续教育学时!A4', 'CE-PUBLIC-SHARE@继续教育学时!A6', 'CE-ANNUAL-HOURS@继续教育学时!A9'],
  ce: {
    张敏: { year: 2024, total: 72, publicRecorded: 24, shortfall: 0 },
    李强: { year: 2024, total: 71.5, shortfall: 0.5 },
    王芳: { year: 2024, total: 72.5, publicRecorded: 24.5 },
    赵刚: { year: 2024, total: 72 },
    钱丽: { year: 2024, total: 66, abroad: 66, shortfall: 6 },
  },
});

ceCases.push({
  id: 'ce02-namesakes-id-conflict',
  about:
    '王磊 twice with different 工号 in two institutes: two people (one short of hours), no CE-ID-CONFLICT; one 工号 with two names is CE-ID-CONFLICT',
  packs: ['ce2007'],
  asOf: '2025-03-01',
  sheets: [
    {
      name: '继续教育学时',
      rows: [
        ['姓名', '工号', '单位', '年度', '科目类别', '形式', '学时'],
        ['王磊', 'W1001', '中国科学院物理研究所', 2024, '专业科目', '面授', 80],
        ['王磊', 'W2002', '中国科学院化学研究所', 2024, '专业科目', '面授', 40],
        ['李娜', 'W3003', '中国科学院物理研究所', 2024, '专业科目', '面授', 80],
        ['李雅', 'W3003', '中国科学院物理研究所', 2024, '专业科目', '面授', 80],
      ],
    },
  ],
  expect: ['CE-ANNUAL-HOURS@继续教育学时!A3', 'CE-ID-CONFLICT@继续教育学时!A5'],
});

ceCases.push({
  id: 'ce03-fund-share',
  about: 'CE-FUND-SHARE: 1.5% exactly passes, 1.495% fails, 2% passes for a 技术素质要求高 enterprise (2.5% is a permission)',
  packs: ['ce2007'],
  asOf: '2025-03-01',
  sheets: [
    register([['张敏', '330102198001011234', U, 2024, '专业科目', '面授', 72, null]]),
    {
      name: '职工教育经费',
      rows: [
        ['单位', '工资总额（万元）', '职工教育经费（万元）', '技术素质要求高'],
        ['浙江某新材料股份有限公司', 8000, 120, '是'],
        ['浙江某机械有限公司', 2000, 29.9, '否'],
        ['四川某电子科技有限公司', 5000, 100, '是'],
      ],
    },
  ],
  expect: ['CE-FUND-SHARE@职工教育经费!C3'],
});

ceCases.push({
  id: 'ce04-cas',
  about: 'CAS-ANNUAL-HOURS at 100 (none) and 99; CAS-LEADER-HOURS at 110 (none) and 109',
  packs: ['cas'],
  cePacks: 'cas',
  asOf: '2025-03-01',
  sheets: [
    register([
      ['周研', '110108198001011111', '中国科学院某研究所', 2024, '专业科目', '面授', 100, null],
      ['吴研', '110108198102022222', '中国科学院某研究所', 2024, '专业科目', '面授', 99, null],
      ['郑所长', '110108197003033333', '中国科学院某研究所', 2024, '专业科目', '面授', 110, null, '所局级领导人员'],
      ['孙所长', '110108197104044444', '中国科学院某研究所', 2024, '专业科目', '面授', 109, null, '所局级领导人员'],
    ]),
  ],
  expect: ['CAS-ANNUAL-HOURS@继续教育学时!A3', 'CAS-LEADER-HOURS@继续教育学时!A5'],
  ce: { 吴研: { year: 2024, total: 99 }, 孙所长: { year: 2024, total: 109 } },
});

ceCases.push({
  id: 'ce05-cap-public',
  about: 'capPublicHours on (审核设置): public 30 still CE-PUBLIC-SHARE; 48 + 30 counts 72 (none); 45 + 30 counts 69 (CE-ANNUAL-HOURS)',
  packs: ['ce2007'],
  asOf: '2025-03-01',
  sheets: [
    register([
      ['张敏', '330102198001011234', U, 2024, '专业科目', '面授', 48, null],
      ['张敏', '330102198001011234', U, 2024, '公需科目', '网络', 30, null],
      ['李强', '330102198502022345', U, 2024, '专业科目', '面授', 45, null],
      ['李强', '330102198502022345', U, 2024, '公需科目', '网络', 30, null],
    ]),
    {
      name: '审核设置',
      rows: [
        ['参数', '值'],
        ['ce2007.capPublicHours', '是'],
      ],
    },
  ],
  expect: ['CE-PUBLIC-SHARE@继续教育学时!A2', 'CE-PUBLIC-SHARE@继续教育学时!A4', 'CE-ANNUAL-HOURS@继续教育学时!A4'],
  ce: { 张敏: { year: 2024, total: 72, publicRecorded: 30 }, 李强: { year: 2024, total: 69, publicRecorded: 30, shortfall: 3 } },
});
