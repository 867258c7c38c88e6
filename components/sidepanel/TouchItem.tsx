import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Touch, TouchChannel } from '@/storage/schema';
import { deleteTouch, restoreTouch, updateTouch } from '@/storage/touches';
import { CONNECTION_SUMMARY, isConnectionTouch } from '@/utils/domain/touches';
import { RowMenu } from '../RowMenu';
import { FoldedText } from '../FoldedText';
import { formatDate, formatDateTime } from '../format';
import { useDatabase } from '../hooks/useDatabase';
import { useOfferUndo } from '../Undo';
import { TouchForm } from './TouchForm';

const CHANNEL_LABEL: Record<TouchChannel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn',
  call: 'Call',
  meeting: 'Meeting',
  other: 'Touch',
};

/**
 * One touch in the timeline, with Edit and Delete in its menu (a touch logged by mistake,
 * or left behind by Gmail's Undo Send, can go; Undo brings it back for a few seconds).
 */
export function TouchItem({ touch }: { touch: Touch }) {
  const db = useDatabase();
  const offerUndo = useOfferUndo();
  const [editing, setEditing] = useState(false);
  const what = `${CHANNEL_LABEL[touch.channel]} ${formatDateTime(touch.at)}`;

  if (editing) {
    return (
      <li className={`touch dir-${touch.direction}`}>
        <TouchForm
          label={`Edit touch: ${what}`}
          submitLabel="Save"
          initial={{ ...touch, subject: touch.subject ?? '' }}
          onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            await updateTouch(db, touch.id, fields);
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const remove = async () => {
    const deleted = await deleteTouch(db, touch.id);
    if (deleted) offerUndo({ message: 'Touch deleted.', undo: () => restoreTouch(db, deleted) });
  };

  const connection = isConnectionTouch(touch);
  return (
    <li className={connection ? 'touch connection' : `touch dir-${touch.direction}`}>
      <div className="row-head">
        <span className="tag">{CHANNEL_LABEL[touch.channel]}</span>
        {connection ? (
          // A connection has a day, not a time, and neither side wrote: no arrow, no hour.
          <span className="subtle">
            {CONNECTION_SUMMARY} · {formatDate(touch.at)}
          </span>
        ) : (
          <span className="subtle">
            {touch.direction === 'out' ? 'you → them' : 'them → you'} · {formatDateTime(touch.at)}
          </span>
        )}
        <RowMenu label={`Actions for touch: ${what}`}>
          <button type="button" className="menu-item" onClick={() => setEditing(true)}>
            <Pencil aria-hidden size={16} /> Edit touch
          </button>
          <button type="button" className="menu-item danger" onClick={() => void remove()}>
            <Trash2 aria-hidden size={16} /> Delete touch
          </button>
        </RowMenu>
      </div>
      {touch.subject && (
        <p className="touch-subject" dir="auto">
          {touch.subject}
        </p>
      )}
      {touch.summary && (
        <p>
          <FoldedText text={touch.summary} />
        </p>
      )}
    </li>
  );
}
