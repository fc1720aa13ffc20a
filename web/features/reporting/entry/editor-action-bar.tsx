import { issuesInOrder } from '../draft/entry-issue'
import { ActionBar, type ActionBarProps } from '../workflow/action-bar'
import { useDraft, useDraftRevision } from './draft-context'
import { goToEntry } from './go-to-entry'
import { SubmitIssues } from './submit-issues'

/**
 * The workflow buttons of the report being edited. Submitting first shows what would keep the values from being
 * saved (and cannot be confirmed until that is fixed), rather than refusing after the press without saying where.
 */
export function EditorActionBar(props: Omit<ActionBarProps, 'submitCheck'>) {
  const { store, entries } = useDraft()
  useDraftRevision()
  const issues = issuesInOrder(store.list(), entries.map((e) => e.key))
  return (
    <ActionBar
      {...props}
      submitCheck={{
        blocked: issues.length > 0,
        render: (close) => (
          <SubmitIssues
            issues={issues}
            onGo={(key) => {
              close()
              // Once the dialog is gone: it would otherwise take the focus back to the button that opened it.
              requestAnimationFrame(() => goToEntry(key))
            }}
          />
        ),
      }}
    />
  )
}
