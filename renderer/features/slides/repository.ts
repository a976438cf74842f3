// Decks in the local database (user data: backed up with it, untouched by pack imports).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import type { DeckRecord } from '../../db/user-data';
import { parseDeck, type Deck } from './model';

export async function saveDeck(deck: Deck): Promise<void> {
  const record: DeckRecord = { ...deck };
  await db.decks.put(record);
}

export async function deleteDeck(id: string): Promise<void> {
  await db.decks.delete(id);
}

export async function loadDeck(id: string): Promise<Deck | undefined> {
  const record = await db.decks.get(id);
  if (!record) return undefined;
  const parsed = parseDeck(record);
  return parsed.ok ? parsed.deck : undefined;
}

/** Every readable deck, newest first; records that fail to parse are counted so the UI can say so. */
export function useDecks(): { decks: Deck[]; unreadable: number } | undefined {
  return useLiveQuery(async () => {
    const records = await db.decks.orderBy('updatedAt').reverse().toArray();
    const decks: Deck[] = [];
    let unreadable = 0;
    for (const r of records) {
      const parsed = parseDeck(r);
      if (parsed.ok) decks.push(parsed.deck);
      else unreadable += 1;
    }
    return { decks, unreadable };
  }, []);
}

export function useDeck(id: string | null): Deck | null | undefined {
  return useLiveQuery(async () => (id ? ((await loadDeck(id)) ?? null) : null), [id]);
}
