import { memo, useState } from 'react';
import { roundHours } from '#shared/rules/rounding.ts';
import { isCreditableHours, maxCreditedHours } from '#shared/contract/index.ts';

interface Props {
  readonly label: string;
  /** NaN while the box holds no number. */
  readonly value: number;
  readonly onChange: (hours: number) => void;
}

/**
 * Hours to one decimal, styled as antd's small input. A plain input: antd's InputNumber
 * re-rendered for milliseconds on every claim shown, a good part of J's budget. What is typed
 * stays as typed ("1." stays "1.", "5000" stays and is marked wrong) and the number it reads as
 * goes up at once, for the form to refuse with a message if it cannot be credited.
 */
export const HoursInput = memo(function HoursInput({ label, value, onChange }: Props) {
  const [typed, setTyped] = useState({ value, text: String(value) });
  // A new claim (or a value set from outside) shows that value, not what was typed before.
  const text = Object.is(typed.value, value) ? typed.text : String(value);
  const valid = isCreditableHours(value);

  function edit(raw: string) {
    // The browser gives '' for an empty box and for text that is no number at all.
    const read = raw.trim() === '' ? Number.NaN : Number(raw);
    const hours = isCreditableHours(read) ? roundHours(read) : read;
    setTyped({ value: hours, text: raw });
    if (!Object.is(hours, value)) onChange(hours);
  }

  return (
    <input
      type="number"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={!valid}
      title={valid ? undefined : `须为 0 到 ${maxCreditedHours} 之间的数字`}
      className={`ant-input ant-input-sm ant-input-outlined hours-input${valid ? '' : ' ant-input-status-error'}`}
      min={0}
      max={maxCreditedHours}
      step={0.5}
      value={text}
      onChange={(event) => edit(event.target.value)}
      onBlur={() => {
        if (valid) setTyped({ value, text: String(value) });
      }}
    />
  );
});
