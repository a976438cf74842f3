// Our own notes on each corridor (facts from reference/corridors.csv), and caveats where the reference doubts itself.
import type { Confidence } from '../../../shared/pack';

export interface CorridorNote {
  notes: string;
  caveats?: Array<[string, Confidence, string]>;
}

export const CORRIDOR_NOTES: Readonly<Record<string, CorridorNote>> = {
  'trans-mongolian-railway': { notes: 'Broad-gauge (1,520 mm) spine of the country: the northern part reached Ulaanbaatar in 1949 and the line ran through to Erenhot from January 1956. Freight changes gauge at Erenhot; the line crosses both the Russian and the Chinese border.' },
  'trans-siberian-east': { notes: 'Wholly Russian route from the Mongolian border to the Pacific. The Naushki–Ulan-Ude link dates from 1940; the Trans-Siberian through-route from 1916. Ulan-Ude to Vladivostok is roughly 3,650 km.' },
  'trans-siberian-west': { notes: 'Westbound Trans-Siberian towards Europe round the south end of Lake Baikal. Since 2022 sanctions limit its use for cargo bound for the EU.', caveats: [['openedYear', 'medium', 'The completion year of the Circum-Baikal section (about 1905) is approximate.']] },
  'ussuriysk-vostochny': { notes: "Russian branch line that feeds Vostochny, the country's main Pacific coal and bulk port." },
  'borzya-ereentsav-choibalsan': { notes: "Soviet-built broad-gauge line of 1939, eastern Mongolia's only rail link. About 238 km lie in Mongolia, the rest in Russia." },
  'erdenet-branch': { notes: 'Branch built in the 1970s to serve the Erdenet copper–molybdenum mine, about 164 km from the Salkhit junction.' },
  'baganuur-branch': { notes: "Branch that carries Baganuur lignite to Ulaanbaatar's power stations.", caveats: [['geometry', 'low', 'The junction (perhaps Bagakhangai) and the length are approximate.']] },
  'tt-gashuunsukhait-railway': { notes: 'Opened in September 2022 by Erdenes Tavan Tolgoi to take coal to the Chinese border; reported as 233.6 km in 2022 and 240 km of main line in 2023.', caveats: [['gauge', 'low', 'A standard (1,435 mm) gauge is reported but not confirmed.']] },
  'gashuunsukhait-ganqimaodu-rail': { notes: 'Short cross-border link into China. Technical talks with China Energy took place in 2021; feasibility and construction were reported in 2024–25.', caveats: [['status', 'low', 'Construction status not confirmed.']] },
  'tt-zuunbayan-railway': { notes: 'Broad-gauge line started in May 2019 by Mongolian Railway with army units, passing Tsagaan Suvarga.', caveats: [['openedYear', 'medium', 'Commissioned in 2022; regular freight began in 2023.']] },
  'zuunbayan-khangi-railway': { notes: 'Opened on 25 November 2022 after eight months of building as a public–private partnership. Its broad gauge meets a new Chinese standard-gauge line to Mandula at the border.' },
  'shiveekhuren-ceke-rail': { notes: 'Cross-border link into China: a 2024 ministry update lists 19.3 km of standard gauge and 30.7 km of broad-gauge terminal track.' },
  'nariin-sukhait-shiveekhuren-road': { notes: 'Paved haul road from the Nariin Sukhait and Ovoot Tolgoi mines to the Chinese border, where a container coal terminal opened in 2022.' },
  'ot-gashuunsukhait-road': { notes: 'Road on which Oyu Tolgoi copper concentrate is trucked to the border and on to Ganqimaodu.', caveats: [['lengthKm', 'medium', 'Length approximate.']] },
  'western-railway-proposed': { notes: "Listed at 1,255 km in the 2024 ministry programme: it would join the Russian border in Tuva with the Chinese border in the west. The line drawn is schematic." },
  'eastern-railway-proposed': { notes: 'Proposed line via Khuut that would connect the broad-gauge east with the Chinese border at Bichigt. Drawn as a straight, schematic line because Khuut has no position in the reference.' },
  'sainshand-baruun-urt-choibalsan-proposed': { notes: 'The 2024 plan lists 430 km for Sainshand–Baruun-Urt–Khuut; the continuation to Choibalsan follows the 2010 state railway policy. Schematic.', caveats: [['nodeIds', 'low', 'A Sainshand–Bor-Öndör–Choibalsan alignment was not found in the sources checked.']] },
  'erenhot-tianjin-rail': { notes: "Standard-gauge Chinese line from the border to Tianjin, Mongolia's main sea port for transit cargo. Freight can avoid central Beijing." },
  'sea-vladivostok-busan': { notes: 'Sea leg from the Russian Pacific to Busan along the Korean east coast.', caveats: [['lengthKm', 'medium', 'Sea distance approximate.']] },
  'sea-vostochny-busan': { notes: 'Bulk and coal sea route from Vostochny (Nakhodka) to Busan.', caveats: [['lengthKm', 'medium', 'Sea distance approximate.']] },
  'sea-vladivostok-niigata': { notes: 'Crossing of the Sea of Japan to Niigata on the Honshu coast.', caveats: [['lengthKm', 'medium', 'Sea distance approximate.']] },
  'sea-tianjin-busan': { notes: 'Out of the Bohai Sea through the Bohai Strait, round the Shandong peninsula and across the Yellow Sea to Busan.', caveats: [['lengthKm', 'medium', 'Sea distance approximate.']] },
  'sea-tianjin-incheon': { notes: 'Out through the Bohai Strait and across the Yellow Sea to Incheon.', caveats: [['lengthKm', 'medium', 'Sea distance approximate.']] },
  'air-ubn-icn': { notes: 'Air freight between the new Chinggis Khaan airport and Incheon; the route is older, but Ulaanbaatar flights moved to the new airport on 4 July 2021. The flight path crosses Chinese airspace; length is great-circle.' },
  'air-ubn-nrt': { notes: 'Air link to Tokyo Narita; the first departure from the new airport on 4 July 2021 flew to Tokyo. Length is great-circle.' },
  'caspian-aktau-baku': { notes: "Caspian ferry crossing at the heart of the Trans-Caspian 'Middle Corridor'." },
  'middle-corridor-westbound': { notes: "Westbound route to the EU without Russia. Mongolia has no border with Kazakhstan, so cargo first crosses China (Erenhot to Khorgos), then Kazakhstan, the Caspian, Azerbaijan, Georgia and the Black Sea to Constanța. Mongolian volumes on it are small.", caveats: [['lengthKm', 'low', 'Total length is a rough estimate.']] },
  'ub-zamyn-uud-road': { notes: 'Paved north–south highway (AH3) from the capital to the Chinese border.', caveats: [['lengthKm', 'medium', 'Length approximate.']] },
  'ub-altanbulag-road': { notes: 'Paved highway (AH3) from the capital to the Russian border at Kyakhta.', caveats: [['lengthKm', 'medium', 'Length approximate.']] },
};

/** Leg modes of multimodal corridors (one per pair of consecutive nodes). */
export const LEG_MODES: Readonly<Record<string, Array<'rail' | 'road' | 'sea' | 'air'>>> = {
  'middle-corridor-westbound': ['rail', 'rail', 'rail', 'rail', 'sea', 'rail', 'sea'],
};
