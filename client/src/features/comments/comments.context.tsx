import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CommentsQuery } from '../../graphql/generated/graphql';
import { CommentsDocument } from '../../graphql/documents/comments';
import type { Role } from '../../graphql/generated/graphql';
import type { OutboxEntry } from '../../offline/outbox';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { mayComment, readsInternalComments } from '../../../../rules/roles';

export type Comment = CommentsQuery['comments'][number];

/** The record a thread is about: the deployment itself, or one of its tasks, dependencies, defects or incidents. */
export interface Subject {
  /** The input field naming the record; none for the deployment's own thread. */
  field?: 'taskId' | 'dependencyId' | 'defectId' | 'incidentId';
  id: string;
  /** What it is, in words ("task 12 ‘Kick-off’"), for labels. */
  about: string;
}

interface Threads {
  deploymentId: string;
  me: { id: string; role: Role };
  /** Whether the person reads (and writes) internal comments; a partner is never told they exist. */
  team: boolean;
  bySubject: Map<string, Comment[]>;
  /** Comments written on this device that the server has not received yet, by subject. */
  unsentBySubject: Map<string, OutboxEntry[]>;
}

const ThreadsContext = createContext<Threads | null>(null);

const subjectOfInput = (input: Record<string, unknown>) =>
  String(input.taskId ?? input.dependencyId ?? input.defectId ?? input.incidentId ?? input.deploymentId);

/**
 * Reads every thread of a deployment the person may read in one query (partners get the shared
 * comments only, so counts never hint at an internal one), for the threads and counts below it.
 * Reporters (and a person not known yet) read no comments: nothing below shows any.
 */
export function CommentsProvider({ deploymentId, me, children }: { deploymentId: string; me: { id: string; role: Role } | null; children: ReactNode }) {
  const allowed = !!me && mayComment(me.role);
  const { data } = useQuery(CommentsDocument, { variables: { deploymentId }, skip: !allowed, fetchPolicy: 'cache-and-network' });
  const entries = useOutboxEntries(allowed ? me.id : undefined);
  const value = useMemo<Threads | null>(() => {
    if (!me || !allowed) return null;
    const comments = data?.comments ?? [];
    const known = new Set(comments.map((comment) => comment.id));
    const bySubject = new Map<string, Comment[]>();
    for (const comment of comments) bySubject.set(comment.subjectId, [...(bySubject.get(comment.subjectId) ?? []), comment]);
    const unsentBySubject = new Map<string, OutboxEntry[]>();
    for (const entry of entries) {
      const input = entry.variables.input;
      if (entry.operationName !== 'AddComment' || input.deploymentId !== deploymentId || known.has(String(input.id))) continue;
      // Sent, but the thread has not been read again yet: the server's answer is the comment.
      const sent = entry.state === 'SENT' ? (entry.response as { addComment?: Comment } | undefined)?.addComment : undefined;
      if (sent) {
        bySubject.set(sent.subjectId, [...(bySubject.get(sent.subjectId) ?? []), sent]);
      } else if (entry.state !== 'SENT') {
        const subject = subjectOfInput(input);
        unsentBySubject.set(subject, [...(unsentBySubject.get(subject) ?? []), entry]);
      }
    }
    return { deploymentId, me, team: readsInternalComments(me.role), bySubject, unsentBySubject };
  }, [allowed, data, entries, deploymentId, me]);
  return <ThreadsContext.Provider value={value}>{children}</ThreadsContext.Provider>;
}

/** The threads of the deployment on screen; null for a person who reads no comments. */
export const useThreads = () => useContext(ThreadsContext);
