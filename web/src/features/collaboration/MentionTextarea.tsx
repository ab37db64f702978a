import { Combobox, Group, Text, Textarea, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { insertMention, mentionQueryAt } from './comment-markdown';
import { useMentionCandidates } from './useMentionCandidates';

export interface MentionTextareaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  placeholder?: string;
  error?: string | null;
  autoFocus?: boolean;
  disabled?: boolean;
  /** Marks the field as required (asterisk, aria-required); the caller validates. */
  required?: boolean;
  /** Ctrl/⌘ Enter. */
  onSubmitShortcut?: () => void;
}

/**
 * A Markdown textarea with an @mention picker: typing "@" and letters lists matching people;
 * choosing one inserts `@[Name](mention:id)`. Arrow keys, Enter/Tab and Escape work while the
 * list is open and leave the textarea alone otherwise.
 */
export function MentionTextarea({
  label,
  value,
  onChange,
  description,
  placeholder,
  error,
  autoFocus,
  disabled,
  required,
  onSubmitShortcut,
}: MentionTextareaProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [query] = useDebouncedValue(mention?.query ?? null, 150);
  const candidates = useMentionCandidates(query);
  const people = mention ? (candidates.data?.items ?? []) : [];
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setActiveId(null);
    },
  });
  const opened = mention !== null && people.length > 0;

  useEffect(() => {
    if (opened) {
      combobox.openDropdown();
      // After the options render: select the first so that Enter picks it.
      requestAnimationFrame(() => setActiveId(combobox.selectFirstOption()));
    } else {
      combobox.closeDropdown();
    }
    // The store is stable; only the options matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, people.map((p) => p.id).join(',')]);

  const track = (text: string, caret: number) => setMention(mentionQueryAt(text, caret));

  const choose = (userId: string) => {
    const person = people.find((p) => p.id === userId);
    const element = textarea.current;
    if (!person || !mention || !element) return;
    const caret = element.selectionStart ?? value.length;
    const next = insertMention(value, mention.start, caret, person);
    onChange(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && onSubmitShortcut) {
      event.preventDefault();
      onSubmitShortcut();
      return;
    }
    if (!combobox.dropdownOpened || event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActiveId(combobox.selectNextOption());
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveId(combobox.selectPreviousOption());
    } else if ((event.key === 'Enter' || event.key === 'Tab') && combobox.getSelectedOptionIndex() !== -1) {
      event.preventDefault();
      combobox.clickSelectedOption();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setMention(null);
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose} position="bottom-start" width={280}>
      <Combobox.Target withKeyboardNavigation={false} withAriaAttributes={false}>
        <Textarea
          ref={textarea}
          label={label}
          description={description}
          placeholder={placeholder}
          error={error}
          autoFocus={autoFocus}
          disabled={disabled}
          required={required}
          value={value}
          autosize
          minRows={3}
          maxRows={14}
          aria-haspopup="listbox"
          aria-autocomplete="list"
          aria-controls={opened ? listId : undefined}
          aria-activedescendant={opened && activeId ? activeId : undefined}
          onChange={(event) => {
            onChange(event.currentTarget.value);
            track(event.currentTarget.value, event.currentTarget.selectionStart ?? event.currentTarget.value.length);
          }}
          onClick={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart ?? 0)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options id={listId} aria-label="People to mention">
          {people.map((person) => (
            <Combobox.Option
              value={person.id}
              key={person.id}
              // Keep focus in the textarea while clicking an option.
              onMouseDown={(event) => event.preventDefault()}
            >
              <Group gap={6} wrap="nowrap">
                <Text size="sm" style={{ flexShrink: 0 }}>
                  {person.name}
                </Text>
                {/* Inherits the option's colour: dimmed grey fails contrast on the selected option's fill. */}
                <Text size="xs" truncate>
                  {person.email}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
