// The app's search index over 10,000 synthetic deposits plus the bundled pack; times each keystroke.
import { AtlasSearch, searchDocuments } from '../../../renderer/features/search/search-index';
import { validatePack } from '../../../shared/pack';
import raw from '../../../assets/packs/mongolia-critical-minerals.pack.json';
import { syntheticDeposits } from './synthetic';
import { expose } from './bench-api';

const result = validatePack(raw as unknown);
if (!result.ok) throw new Error('bundled pack invalid');
const pack = result.pack;
const search = new AtlasSearch(searchDocuments({ ...pack, deposits: [...pack.deposits, ...syntheticDeposits()] }));
const QUERIES = ['Oyu Tolgoi', 'Оюу толгой', 'Oyuu Tolgoi', '오유톨고이', 'Tavan Tolgio', 'Gashuunsukhait', 'Erdenet'];

expose({
  ready: Promise.resolve(),
  search: async () => {
    const times: number[] = [];
    for (const q of QUERIES) {
      for (let i = 1; i <= q.length; i++) {
        const start = performance.now();
        search.search(q.slice(0, i));
        times.push(performance.now() - start);
      }
    }
    return times;
  },
});
