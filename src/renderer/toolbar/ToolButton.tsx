// A toolbar button whose tooltip names its keyboard shortcut for this platform.
import type { ReactNode } from 'react';
import { currentPlatform, withShortcut } from '../shortcuts';
import type { CommandId } from '../shortcuts';

const platform = currentPlatform();

export interface ToolButtonProps {
  label: string;
  command?: CommandId;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  children?: ReactNode;
  testId?: string;
}

export function ToolButton({ label, command, onClick, disabled, pressed, children, testId }: ToolButtonProps) {
  const title = command ? withShortcut(label, command, platform) : label;
  return (
    <button
      type="button"
      className="tool"
      title={title}
      aria-label={children ? label : undefined}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
    >
      {children ?? label}
    </button>
  );
}
