import {
  Alert,
  App,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import {
  maxProjectHours,
  projectForms,
  subjects,
  type ProjectFiling,
} from '#shared/contract/index.ts';
import { projectFormLabels } from '#shared/labels/index.ts';
import { subjectLabels } from '#shared/rules/index.ts';
import { DayInput } from '../../ui/day-input.tsx';
import { useConnection } from '../../ui/use-connection.ts';
import { useSession } from '../../ui/session-context.tsx';
import { FilingDays } from './filing-days.tsx';

interface FilingFields {
  readonly title: string;
  readonly organizer: string;
  readonly subject: ProjectFiling['subject'];
  readonly form: ProjectFiling['form'];
  readonly startDate: string;
  readonly endDate: string;
  readonly hours: number;
  readonly venue?: string;
  readonly plannedAttendees?: number;
  readonly contactName?: string;
  readonly contactPhone?: string;
}

function filingOf(fields: FilingFields): Omit<ProjectFiling, 'projectId'> {
  const venue = fields.venue?.trim() ?? '';
  const name = fields.contactName?.trim() ?? '';
  const phone = fields.contactPhone?.trim() ?? '';
  return {
    title: fields.title.trim(),
    organizer: fields.organizer.trim(),
    subject: fields.subject,
    form: fields.form,
    startDate: fields.startDate,
    endDate: fields.endDate,
    hours: fields.hours,
    ...(venue === '' ? {} : { venue }),
    ...(fields.plannedAttendees === undefined ? {} : { plannedAttendees: fields.plannedAttendees }),
    ...(name === '' && phone === '' ? {} : { contact: { name, phone } }),
  };
}

/** 备案新项目: the filing, checked as the contract checks it, with the working days live. */
export function FilingForm({
  today,
  onClose,
}: {
  readonly today: string;
  readonly onClose: () => void;
}) {
  const session = useSession();
  const { message } = App.useApp();
  // Online only when the network is up and the platform answers (ui/use-connection.ts).
  const isOnline = useConnection().label.tone === 'success';
  const [form] = Form.useForm<FilingFields>();
  const startDate = Form.useWatch('startDate', form);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const unit = session.vault.profile.unit;

  async function submit(fields: FilingFields) {
    setProblem(null);
    setBusy(true);
    try {
      const kept = await session.projects.fileProject(filingOf(fields));
      if (!kept.ok) {
        setProblem(kept.error.message);
        return;
      }
      const sent = session.hasToken() ? await session.projects.sendNow() : undefined;
      if (sent?.ok === true) void message.success('已提交省平台备案，备案日期以省平台的记录为准。');
      else
        void message.warning(
          '暂未连上省平台：备案已保存为“待提交”，联网同步时送达；备案日期为送达省平台之日。',
        );
      onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title="备案新培训项目"
      width={760}
      style={{ top: 24 }}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      styles={{ body: { maxHeight: 640, overflowY: 'auto' } }}
    >
      <Form<FilingFields>
        form={form}
        size="small"
        labelCol={{ flex: '80px' }}
        initialValues={{ organizer: unit.name, subject: 'professional', form: 'face_to_face' }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item
          name="title"
          label="项目名称"
          rules={[{ required: true, whitespace: true, message: '请填写项目名称' }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="organizer"
          label="主办单位"
          rules={[{ required: true, whitespace: true, message: '请填写主办单位' }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="subject" label="科目">
              <Radio.Group options={subjects.map((s) => ({ value: s, label: subjectLabels[s] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="form" label="培训形式">
              <Select
                options={projectForms.map((f) => ({ value: f, label: projectFormLabels[f] }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="startDate"
              label="开班日期"
              rules={[{ required: true, message: '请填写开班日期' }]}
            >
              <DayInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endDate"
              label="结束日期"
              rules={[{ required: true, message: '请填写结束日期' }]}
            >
              <DayInput />
            </Form.Item>
          </Col>
        </Row>
        <div style={{ marginBottom: 12 }}>
          <FilingDays rulebook={unit.rulebook} today={today} startDate={startDate} />
        </div>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="hours"
              label="学时"
              rules={[{ required: true, message: '请填写学时' }]}
            >
              <InputNumber min={0.5} max={maxProjectHours} step={0.5} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="plannedAttendees" label="计划人数">
              <InputNumber min={1} max={100_000} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="venue" label="培训地点" rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item label="联系人">
          <Space>
            <Form.Item name="contactName" noStyle rules={[{ max: 50 }]}>
              <Input aria-label="联系人姓名" placeholder="姓名" />
            </Form.Item>
            <Form.Item name="contactPhone" noStyle rules={[{ max: 20 }]}>
              <Input aria-label="联系电话" placeholder="电话" />
            </Form.Item>
          </Space>
        </Form.Item>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert
            type={isOnline ? 'info' : 'warning'}
            showIcon
            title={
              isOnline
                ? '备案日期以省平台收到备案之日为准。'
                : '当前未连上省平台：提交后备案在本机“待提交”，联网同步时送达；备案日期为送达省平台之日，而不是今天。'
            }
          />
          {problem !== null && <Alert type="error" showIcon title={problem} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={isBusy}>
              提交备案
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Space>
      </Form>
    </Modal>
  );
}
