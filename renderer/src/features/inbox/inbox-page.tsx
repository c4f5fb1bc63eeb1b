import { Empty, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { auditTime, map } from 'rxjs';
import { useAfterPaint } from '../../ui/use-after-paint.ts';
import { useFeatureSlots } from '../../ui/feature-slots.tsx';
import { useSession, useSnapshot } from '../../ui/session-context.tsx';
import { currentRoute, useHashRoute } from '../../ui/use-hash-route.ts';
import {
  facetCounts,
  filterInbox,
  type InboxFilter,
  type InboxSort,
} from '../../data/review/inbox-filter.ts';
import { buildInbox, type InboxItem } from '../../data/review/inbox-rows.ts';
import { withEvidenceFindings } from '../../data/review/evidence-rows.ts';
import { BulkApprove } from './bulk-approve.tsx';
import { ClaimPanel } from './claim-panel.tsx';
import { EvidenceViewer } from './evidence-viewer.tsx';
import { SplitPanes } from './split-panes.tsx';
import {
  defaultClaimLayout,
  saveClaimLayout,
  watchClaimLayout,
} from '../../data/review/claim-layout-setting.ts';
import { useObservable } from '../../ui/use-observable.ts';
import { InboxFilters } from './inbox-filters.tsx';
import { InboxList } from './inbox-list.tsx';
import { RegistrationPanel } from './registration-panel.tsx';
import { mark } from '../../ui/perf-marks.ts';
import { shortcutOf, useShortcutsEnabled, type DecisionKeys } from '../../ui/shortcuts.ts';

const noRows: InboxItem[] = [];

// The reviewer's last filter and order in each unit, kept while the app is open: coming back
// from another page finds the inbox as it was left.
const lastView = new Map<string, { readonly filter: InboxFilter; readonly sort: InboxSort }>();
const freshView = { filter: { decided: 'undecided' }, sort: 'submittedAt' } as const;

export function InboxPage() {
  const snapshot = useSnapshot();
  const { db, evidence, evidenceCheck, vault } = useSession();
  // The evidence check's findings join the rows at most once a second, as bulk approval takes
  // them: the background check must not make the list work on every file it reads.
  const evidenceFlags = useObservable(
    () =>
      evidenceCheck.changed$.pipe(
        auditTime(1000),
        map(() => evidenceCheck.flagged()),
      ),
    [evidenceCheck],
    evidenceCheck.flagged(),
  );
  const { RequestPanel } = useFeatureSlots();
  const unitId = vault.profile.unit.id;
  const split = useObservable(() => watchClaimLayout(db), [db], defaultClaimLayout);
  const [route, go] = useHashRoute('inbox');
  const selectedKey = route.startsWith('inbox/')
    ? decodeURIComponent(route.slice('inbox/'.length))
    : undefined;
  const [filter, setFilter] = useState<InboxFilter>(
    () => lastView.get(unitId)?.filter ?? freshView.filter,
  );
  const [sort, setSort] = useState<InboxSort>(() => lastView.get(unitId)?.sort ?? freshView.sort);
  useEffect(() => {
    lastView.set(unitId, { filter, sort });
  }, [unitId, filter, sort]);
  const form = useRef<DecisionKeys>(null);
  const applyFilter = useCallback((next: InboxFilter) => {
    mark('ce:filter');
    setFilter(next);
  }, []);

  const all = useMemo(
    () => withEvidenceFindings(buildInbox(snapshot), evidenceFlags),
    [snapshot, evidenceFlags],
  );
  // The list keeps the rows it showed when a decision moves an item out, until the filter changes.
  const items = useMemo(() => filterInbox(all, filter, sort), [all, filter, sort]);
  // The counts beside each filter follow once the rows are painted.
  const countedFilter = useAfterPaint(filter, filter);
  const countedRows = useAfterPaint(all, noRows);
  const counts = useMemo(
    () => facetCounts(countedRows, countedFilter),
    [countedRows, countedFilter],
  );
  // No claim chosen yet (the inbox just opened): no walk over 100,000 rows looking for it.
  const selectedIndex =
    selectedKey === undefined ? -1 : items.findIndex((item) => item.key === selectedKey);
  const selected =
    selectedIndex >= 0 || selectedKey === undefined
      ? items[selectedIndex]
      : all.find((item) => item.key === selectedKey);

  // The evidence comes in this order, the claims after the one on the screen first.
  useEffect(() => evidence.prioritize(items, selectedIndex), [evidence, items, selectedIndex]);

  const select = (index: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    if (item !== undefined) go(`inbox/${encodeURIComponent(item.key)}`);
  };

  const isShortcutsEnabled = useShortcutsEnabled();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isShortcutsEnabled) return;
      const action = shortcutOf(event)?.action;
      if (action === 'next') {
        mark('ce:next');
        select(selectedIndex + 1);
      } else if (action === 'previous') select(selectedIndex - 1);
      else if (action === 'approve' || action === 'return' || action === 'reject') {
        form.current?.decide(action);
      } else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const afterDecision = (decidedKey: string) => {
    // Move on to the next claim, unless the reviewer has already gone elsewhere meanwhile.
    if (!currentRoute('inbox').endsWith(`/${encodeURIComponent(decidedKey)}`)) return;
    const next = items[items.findIndex((item) => item.key === decidedKey) + 1];
    if (next !== undefined) go(`inbox/${encodeURIComponent(next.key)}`);
  };

  const list = (
    <>
      <InboxFilters
        filter={filter}
        sort={sort}
        counts={counts}
        onFilter={applyFilter}
        onSort={setSort}
      />
      <Space>
        <Typography.Text>
          共 <b>{items.length}</b> 条{snapshot.loading && '，更多申报正在到达'}
        </Typography.Text>
        <BulkApprove items={items} />
      </Space>
      <InboxList
        items={items}
        selectedKey={selected?.key}
        selectedIndex={selectedIndex}
        onSelect={(item) => go(`inbox/${encodeURIComponent(item.key)}`)}
      />
    </>
  );
  // A claim's evidence, or (1.1) the files attached to a change request or transfer.
  const filed = selected?.claim ?? selected?.change ?? selected?.transfer;
  return (
    <SplitPanes
      split={split}
      onChange={(next) => void saveClaimLayout(db, next)}
      list={list}
      evidence={
        filed === undefined ? (
          <section className="evidence-view" aria-label="证明材料">
            <Empty
              description={
                selected?.kind === 'registration'
                  ? '人员注册不附证明材料：请在右侧核对此人的身份信息。'
                  : '选择一条申报后，在这里查看其证明材料'
              }
              style={{ marginTop: 120 }}
            />
          </section>
        ) : (
          <EvidenceViewer
            claimId={filed.id}
            heading={`${selected?.name ?? ''} ${selected?.title ?? ''}`.trim()}
            attachments={filed.attachments}
          />
        )
      }
      decision={
        selected === undefined ? (
          <Empty description={emptyText(all.length, snapshot.loading)} style={{ marginTop: 120 }} />
        ) : selected.kind === 'claim' ? (
          <ClaimPanel ref={form} item={selected} onDecided={() => afterDecision(selected.key)} />
        ) : selected.kind === 'change' || selected.kind === 'transfer' ? (
          <RequestPanel ref={form} item={selected} onDecided={() => afterDecision(selected.key)} />
        ) : (
          <RegistrationPanel
            ref={form}
            item={selected}
            onDecided={() => afterDecision(selected.key)}
          />
        )
      }
    />
  );
}

/**
 * What the empty claim side says: where the claims are, when there are none to choose yet.
 * `isArriving` is the store's `loading`: reading the replica, or a pull still running.
 */
function emptyText(rows: number, isArriving: boolean): string {
  if (rows > 0) return '在左侧选择一条申报开始审核（J/K 上下切换）';
  return isArriving
    ? '正在取得本单位的申报，到达后即显示在左侧…'
    : '没有待审核的申报。如本机尚未下载本单位的数据，请在“同步”页点击 立即同步。';
}
