/** The cas pack run as the engine runs it, at its boundaries (100 hours; 110 for 所局级领导人员). */
import { casPack as pack } from '../../../../src/core/rules/cas';
import { register, row, runPack, ids } from '../../ce/helpers';

const leader = { category: '所局级领导人员' };

describe('pack cas', () => {
  it('has its parameters as data', () => {
    expect(pack.id).toBe('cas');
    expect(pack.params.parse({})).toEqual({ minHours: 100, minLeaderHours: 110, hoursPerDay: 6 });
    expect(pack.rules.map((r) => r.id)).toEqual(['CAS-ANNUAL-HOURS', 'CAS-LEADER-HOURS', 'CAS-VALUE', 'CAS-ID-CONFLICT']);
  });
});

describe('CAS-ANNUAL-HOURS', () => {
  it('100 passes, 99.5 is a warning at the first row', () => {
    expect(runPack(pack, register([row('张三', 'A', 60), row('张三', 'A', 40, { subject: '公需科目' })]))).toEqual([]);
    expect(runPack(pack, register([row('张三', 'A', 60), row('张三', 'A', 39.5)]))).toEqual([
      {
        ruleId: 'CAS-ANNUAL-HOURS',
        severity: 'warning',
        sheet: '学时登记',
        cell: 'A2',
        message: '张三 2024年度继续教育与培训99.5学时，低于100学时（中国科学院继续教育与培训指导意见 二(二)）',
        related: ['A3'],
        data: { name: '张三', year: 2024, hours: 99.5, required: 100, leader: false, unreadableRows: 0 },
      },
    ]);
  });

  it('counts outbound training as days × 6', () => {
    expect(runPack(pack, register([row('张三', 'A', 40, { form: '出国（境）培训', days: 17 })]))).toEqual([]); // 102 hours
    expect(ids(runPack(pack, register([row('张三', 'A', 100, { form: '出国（境）培训', days: 16 })])))).toEqual(['CAS-ANNUAL-HOURS']);
  });
});

describe('CAS-LEADER-HOURS', () => {
  it('110 passes for a 所局级领导人员', () => {
    expect(runPack(pack, register([row('李四', 'B', 100, leader), row('李四', 'B', 10)]))).toEqual([]);
  });

  it('109.5 fails, as CAS-LEADER-HOURS only (not also CAS-ANNUAL-HOURS)', () => {
    const f = runPack(pack, register([row('李四', 'B', 109.5, leader)]));
    expect(f).toEqual([
      expect.objectContaining({
        ruleId: 'CAS-LEADER-HOURS',
        severity: 'warning',
        cell: 'A2',
        message: '李四（所局级领导人员）2024年度继续教育与培训109.5学时，低于110学时（中国科学院继续教育与培训指导意见 三(五)）',
      }),
    ]);
    expect(ids(runPack(pack, register([row('李四', 'B', 90, leader)])))).toEqual(['CAS-LEADER-HOURS']);
  });

  it('105 is enough for staff but not for a leader', () => {
    expect(runPack(pack, register([row('王五', 'C', 105)]))).toEqual([]);
    expect(ids(runPack(pack, register([row('王五', 'C', 105, leader)])))).toEqual(['CAS-LEADER-HOURS']);
  });

  it('follows its parameter', () => {
    expect(runPack(pack, register([row('李四', 'B', 109.5, leader)]), { minLeaderHours: 109.5 })).toEqual([]);
  });
});

describe('CAS-VALUE and CAS-ID-CONFLICT', () => {
  const wb = () => register([row('张三', 'A', 120), row('张山', 'A', 120), row('李四', 'C', '很多')]);

  it('report unreadable hours and an ID written with two names when cas runs alone', () => {
    expect(ids(runPack(pack, wb()))).toEqual(['CAS-ANNUAL-HOURS', 'CAS-VALUE', 'CAS-ID-CONFLICT']);
  });

  it('namesakes with different IDs are no CAS-ID-CONFLICT', () => {
    expect(runPack(pack, register([row('王磊', 'A', 120), row('王磊', 'B', 120)]))).toEqual([]);
  });

  it('stay quiet when ce2007 runs too (it reports the same cells)', () => {
    expect(ids(runPack(pack, wb(), {}, ['ce2007', 'cas']))).toEqual(['CAS-ANNUAL-HOURS']);
  });
});

describe('CAS hours at the edges', () => {
  it('rows whose 年度 cannot be read are CAS-VALUE only: no shortfall is judged for them', () => {
    expect(
      ids(runPack(pack, register([row('张三', 'A', 10, { year: '去年' }), row('李四', 'B', 10, { year: '去年', ...leader })]))),
    ).toEqual(['CAS-VALUE', 'CAS-VALUE']);
  });

  it('a short year with an unreadable row says how many rows were left out, for staff and leaders', () => {
    const staff = runPack(pack, register([row('张三', 'A', 40), row('张三', 'A', '很多')])).filter((f) => f.ruleId === 'CAS-ANNUAL-HOURS');
    expect(staff.map((f) => f.message)).toEqual([
      '张三 2024年度继续教育与培训40学时，低于100学时（中国科学院继续教育与培训指导意见 二(二)）；另有1行学时无法读取，未计入',
    ]);
    const lead = runPack(pack, register([row('李四', 'B', 40, leader), row('李四', 'B', '很多')])).filter(
      (f) => f.ruleId === 'CAS-LEADER-HOURS',
    );
    expect(lead.map((f) => f.message)).toEqual([
      '李四（所局级领导人员）2024年度继续教育与培训40学时，低于110学时（中国科学院继续教育与培训指导意见 三(五)）；另有1行学时无法读取，未计入',
    ]);
  });

  it("a leader's finding relates the name cells of the other rows", () => {
    const [f] = runPack(pack, register([row('李四', 'B', 50, leader), row('王五', 'C', 120), row('李四', 'B', 50)]));
    expect(f).toMatchObject({ ruleId: 'CAS-LEADER-HOURS', cell: 'A2', related: ['A4'] });
    const [one] = runPack(pack, register([row('李四', 'B', 50, leader)]));
    expect(one.related).toBeUndefined();
  });
});

describe('CAS-LEADER-HOURS data', () => {
  it('carries the person, the year and the figures, as a leader', () => {
    const [f] = runPack(pack, register([row('李四', 'B', 100, leader)]));
    expect(f.data).toEqual({ name: '李四', year: 2024, hours: 100, required: 110, leader: true, unreadableRows: 0 });
  });
});
