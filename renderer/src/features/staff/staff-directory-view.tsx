import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Staff } from '#shared/contract/index.ts';
import { yearBank, type BankRow } from '#shared/bank/index.ts';
import { staffStatusLabels } from '#shared/labels/index.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import { departmentOf, departmentsOf } from '../../ui/department.ts';
import { useSnapshot } from '../../ui/session-context.tsx';
import { formatHours } from '../../ui/format.ts';
import { PersonDrawer } from './person-drawer.tsx';
import { filterStaff } from './staff-directory.ts';
import { useTableHeight } from '../../ui/use-viewport-height.ts';

interface Row {
  readonly person: Staff;
  readonly bank: BankRow | undefined;
}

export function StaffDirectory() {
  const snapshot = useSnapshot();
  const [query, setQuery] = useState('');
  const [department, setDepartment] = useState<string | undefined>(undefined);
  const [openId, setOpenId] = useState<string | null>(null);
  const deferredQuery = useDeferredValue(query);
  const year = new Date().getFullYear();
  const height = useTableHeight(194);

  const banks = useMemo(() => {
    const rows = yearBank(snapshot.rulebook, year, snapshot.staff, snapshot.claims, {
      evaluations: [...snapshot.evaluations.values()],
    });
    return new Map(rows.map((row) => [row.staffId, row]));
  }, [snapshot, year]);
  const departments = useMemo(() => departmentsOf(snapshot.staff), [snapshot.staff]);
  const rows: Row[] = useMemo(
    () =>
      filterStaff(snapshot.staff, { query: deferredQuery, department }).map((person) => ({
        person,
        bank: banks.get(person.id),
      })),
    [snapshot.staff, deferredQuery, department, banks],
  );

  const columns: ColumnsType<Row> = [
    {
      title: '姓名',
      key: 'name',
      width: 110,
      // A real button, so the detail opens from the keyboard as well as by a click on the row.
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => setOpenId(r.person.id)}
        >
          {r.person.name}
        </Button>
      ),
    },
    {
      title: '身份证号',
      key: 'id',
      width: 190,
      render: (_, r) => (
        <span style={{ fontFamily: 'monospace' }}>{maskIdNumber(r.person.idNumber)}</span>
      ),
    },
    {
      title: '部门',
      key: 'department',
      width: 150,
      ellipsis: true,
      render: (_, r) => departmentOf(r.person),
    },
    {
      title: '职称',
      key: 'title',
      width: 130,
      ellipsis: true,
      render: (_, r) => r.person.title ?? '—',
    },
    {
      title: '状态',
      key: 'status',
      width: 110,
      render: (_, r) => staffStatusLabels[r.person.status],
    },
    {
      title: `${year}年公需`,
      key: 'public',
      width: 100,
      align: 'right',
      render: (_, r) => (r.bank === undefined ? '—' : formatHours(r.bank.public)),
    },
    {
      title: `${year}年专业`,
      key: 'professional',
      width: 100,
      align: 'right',
      render: (_, r) => (r.bank === undefined ? '—' : formatHours(r.bank.professional)),
    },
    {
      title: '本年达标',
      key: 'met',
      width: 100,
      render: (_, r) =>
        r.bank === undefined ? (
          '—'
        ) : r.bank.met ? (
          <Tag color="green">已达标</Tag>
        ) : (
          <Tag color="orange">未达标</Tag>
        ),
    },
  ];

  const open = openId === null ? undefined : snapshot.staffById.get(openId);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          aria-label="搜索人员"
          placeholder="输入姓名或身份证号"
          style={{ width: 260 }}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Select
          allowClear
          aria-label="部门"
          placeholder="全部部门"
          style={{ width: 200 }}
          value={department}
          onChange={(value: string | undefined) => setDepartment(value)}
          options={departments.map((d) => ({ value: d, label: d }))}
          showSearch
        />
        <Typography.Text type="secondary">
          共 {rows.length} 人；点击一行查看学时银行和申报记录
        </Typography.Text>
      </Space>
      <Table<Row>
        virtual
        size="small"
        rowKey={(r) => r.person.id}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 990, y: height }}
        onRow={(r) => ({ onClick: () => setOpenId(r.person.id), style: { cursor: 'pointer' } })}
        locale={{ emptyText: '没有符合条件的人员' }}
      />
      {open !== undefined && <PersonDrawer person={open} onClose={() => setOpenId(null)} />}
    </>
  );
}
