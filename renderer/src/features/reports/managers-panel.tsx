import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { industries, isIndustry } from '#shared/sheets/industries.ts';
import { managerFieldLabels, type Manager } from '#shared/sheets/managers.ts';
import { maskIdNumber } from '#shared/validators/index.ts';
import { useSession } from '../../ui/session-context.tsx';
import { managerSaveProblems, type UnitFiling } from './managers-model.ts';
import {
  deleteManager,
  saveFiling,
  saveManager,
  type StoredManager,
} from '../../data/managers/managers-repo.ts';
import { useFiling, useManagers } from './use-managers.ts';

const emptyManager: Manager = {
  department: '',
  name: '',
  title: '',
  idNumber: '',
  mobile: '',
  landline: '',
};

function FilingForm({ filing }: { filing: UnitFiling }) {
  const { db, vault } = useSession();
  // The platform's own word for the unit's industry, when it is not one of the 20 classes: the
  // reviewer sees what to translate instead of an empty box.
  const registered = vault.profile.unit.industry;
  const industryHint =
    registered !== undefined && registered !== '' && !isIndustry(registered)
      ? `平台登记为“${registered}”，请选择`
      : '从 20 个行业大类中选择';
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFiling>();
  useEffect(() => form.setFieldsValue(filing), [form, filing]);
  return (
    <Form<UnitFiling>
      form={form}
      layout="inline"
      initialValues={filing}
      onFinish={(values) =>
        void saveFiling(db, values).then(() => message.success('已保存单位备案信息。'))
      }
      style={{ rowGap: 8 }}
    >
      <Form.Item name="responsible" label="负责人">
        <Input style={{ width: 110 }} maxLength={50} />
      </Form.Item>
      <Form.Item name="leadOffice" label="牵头处室">
        <Input style={{ width: 180 }} maxLength={100} placeholder="默认为管理人员所在部门" />
      </Form.Item>
      <Form.Item
        name="industry"
        label="所属行业"
        // Not chosen yet is '': shown as no value, so the hint shows.
        getValueProps={(value: string) => ({ value: value === '' ? undefined : value })}
      >
        <Select
          style={{ width: 250 }}
          allowClear
          placeholder={industryHint}
          options={industries.map((i) => ({ value: i, label: i }))}
        />
      </Form.Item>
      <Form.Item name="region" label="所属地区">
        <Input style={{ width: 140 }} maxLength={50} />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit">保存</Button>
      </Form.Item>
    </Form>
  );
}

function ManagerModal(props: {
  kept: readonly StoredManager[];
  editing: StoredManager | 'new';
  onClose: () => void;
}) {
  const { db } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Manager>();
  const initial = props.editing === 'new' ? emptyManager : props.editing;
  const editingId = props.editing === 'new' ? undefined : props.editing.id;

  async function submit(values: Manager) {
    const manager = { ...emptyManager, ...values };
    const problems = managerSaveProblems(props.kept, manager, editingId);
    if (problems.length > 0) {
      form.setFields(
        (Object.keys(managerFieldLabels) as (keyof Manager)[]).map((field) => ({
          name: field,
          errors: problems.filter((p) => p.field === field).map((p) => p.message),
        })),
      );
      return;
    }
    await saveManager(db, manager, editingId);
    void message.success(`已保存管理人员 ${manager.name.trim()}。`);
    props.onClose();
  }

  const field = (name: keyof Manager, hint?: string) => (
    <Form.Item name={name} label={managerFieldLabels[name]} extra={hint}>
      <Input maxLength={name === 'department' ? 100 : 50} />
    </Form.Item>
  );
  return (
    <Modal
      open
      title={props.editing === 'new' ? '添加平台管理人员' : '修改平台管理人员'}
      okText="保存"
      cancelText="取消"
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Manager>
        form={form}
        layout="horizontal"
        labelCol={{ span: 6 }}
        initialValues={initial}
        onFinish={(values) => void submit(values)}
      >
        {field('department', '有下属部门的单位填部门名称；每个单位（部门）1–2 名')}
        {field('name')}
        {field('title')}
        {field('idNumber')}
        {field('mobile')}
        {field('landline', '带区号，如 0535-1234567')}
      </Form>
    </Modal>
  );
}

/** 管理人员: the unit's platform managers and filing facts, kept in the app for the two forms. */
export function ManagersPanel() {
  const session = useSession();
  const managers = useManagers(session.db);
  const filing = useFiling(session.db, session.vault.profile.unit);
  const [editing, setEditing] = useState<StoredManager | 'new' | null>(null);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small" title="单位备案信息">
        {filing === undefined ? (
          <Typography.Text type="secondary">正在读取…</Typography.Text>
        ) : (
          <FilingForm filing={filing} />
        )}
      </Card>
      <Card
        size="small"
        title={`平台管理人员（${managers?.length ?? 0} 名）`}
        extra={
          <Button type="primary" onClick={() => setEditing('new')}>
            添加管理人员
          </Button>
        }
      >
        <Table<StoredManager>
          size="small"
          rowKey="id"
          loading={managers === undefined}
          dataSource={managers ?? []}
          pagination={false}
          scroll={{ y: 300 }}
          locale={{ emptyText: '还没有管理人员，请点击“添加管理人员”，或在“导入名单”中导入' }}
          columns={[
            { title: '所在单位（部门）', dataIndex: 'department', ellipsis: true },
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '职务', dataIndex: 'title', width: 110, ellipsis: true },
            {
              title: '身份证号码',
              key: 'id',
              width: 180,
              render: (_, m) => (
                <span style={{ fontFamily: 'monospace' }}>
                  {m.idNumber === '' ? '—' : maskIdNumber(m.idNumber)}
                </span>
              ),
            },
            { title: '手机号码', dataIndex: 'mobile', width: 120 },
            { title: '座机号', dataIndex: 'landline', width: 130 },
            {
              title: '操作',
              key: 'act',
              width: 120,
              render: (_, m) => (
                <Space size="small">
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setEditing(m)}
                    aria-label={`修改 ${m.name}`}
                  >
                    修改
                  </Button>
                  <Popconfirm
                    title={`删除管理人员 ${m.name}？`}
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => void deleteManager(session.db, m.id)}
                  >
                    <Button size="small" type="link" danger aria-label={`删除 ${m.name}`}>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing !== null && managers !== undefined && (
        <ManagerModal kept={managers} editing={editing} onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}
