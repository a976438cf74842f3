// Intermediate points ([lon, lat]) between consecutive corridor nodes, keyed "from>to".
// Rail and road legs follow the main stations on the real line; sea legs stay in open water
// (checked against Natural Earth land in shared/pack/bundled-pack.test.ts). Approximate by design.
import type { Position } from '../../../shared/pack';

export const WAYPOINTS: Readonly<Record<string, Position[]>> = {
  // Trans-Siberian: round the south tip of Lake Baikal and north of the Amur (the straight line would cross China).
  'ulan-ude>irkutsk': [[106.5, 51.6], [105.86, 51.72], [104.65, 51.45], [103.72, 51.66]],
  'ulan-ude>chita': [[108.84, 51.27], [110.46, 51.35]],
  'chita>khabarovsk': [
    [114.35, 51.62], [115.73, 51.85], [116.52, 52.52], [119.77, 53.73], [123.94, 53.99], [125.8, 53.45], [127.68, 52.0],
    [128.13, 51.38], [128.47, 50.92], [129.44, 50.11], [130.08, 49.42], [131.05, 49.0], [132.92, 48.79],
  ],
  'khabarovsk>ussuriysk': [[134.75, 47.53], [134.25, 46.82], [133.73, 45.93], [133.42, 45.47], [132.82, 44.6]],
  // Proposed western line: leave the Artssuuri crossing southwards before turning south-east (schematic).
  'artssuuri>nariin-sukhait-mine': [[95.0, 49.75]],
  // Tavan Tolgoi–Zuunbayan passes Tsagaan Suvarga.
  'tavan-tolgoi-station>zuunbayan': [[108.3, 43.9]],
  'ereentsav>borzya': [[115.75, 49.95]],
  // Erenhot–Jining–Beijing via Zhangjiakou.
  'jining>beijing': [[114.88, 40.77]],
  // Middle Corridor in China: Jining–Hohhot–Baotou–Yinchuan–Wuwei–Hami–Urumqi–Khorgos.
  'jining>altynkol-khorgos': [
    [111.65, 40.82], [109.84, 40.65], [106.82, 39.67], [106.27, 38.47], [105.18, 37.5], [102.64, 37.93], [100.45, 38.93],
    [98.29, 39.77], [95.4, 41.12], [93.51, 42.82], [89.19, 42.95], [87.62, 43.83], [82.9, 44.6],
  ],
  // Kazakhstan: Almaty–Shu–Zhezkazgan–Saksaulsky–Shalkar–Beyneu (Zhezkazgan–Beyneu line, 2014).
  'altynkol-khorgos>aktau-port': [[76.95, 43.25], [73.76, 43.6], [73.35, 46.8], [67.7, 47.8], [61.17, 47.08], [59.63, 47.83], [55.2, 45.32], [52.0, 43.9]],
  // Caspian: keep east of the Absheron peninsula, then south-west to Alat.
  'aktau-port>baku-alat-port': [[51.0, 42.5], [50.75, 40.8], [50.35, 40.1], [49.65, 39.92]],
  // Azerbaijan and Georgia by rail: Kurdamir–Yevlakh–Ganja–Boyuk Kesik–Tbilisi–Khashuri–Samtredia.
  'baku-alat-port>poti-port': [[48.16, 40.34], [47.15, 40.62], [46.36, 40.68], [45.45, 41.12], [45.15, 41.29], [44.79, 41.72], [43.6, 41.99], [42.34, 42.16]],
  // Black Sea: open water south of Crimea.
  'poti-port>constanta-port': [[41.3, 42.2], [36.0, 43.2], [31.0, 43.8], [29.2, 44.1]],
  // Tianjin out of the Bohai, through the Bohai Strait, round the Shandong cape, then Jeju Strait to Busan.
  'tianjin-port>busan-port': [[118.6, 38.85], [120.2, 38.5], [121.0, 38.45], [122.3, 38.0], [123.2, 37.3], [124.6, 35.2], [125.3, 34.0], [126.3, 33.85], [127.6, 34.0], [128.8, 34.6], [129.1, 34.95]],
  'tianjin-port>incheon-port': [[118.6, 38.85], [120.2, 38.5], [121.0, 38.45], [122.3, 38.0], [124.0, 37.4], [125.6, 37.25], [126.3, 37.3]],
  // Sea of Japan: south from Peter the Great Gulf along the Korean east coast.
  'vladivostok>busan-port': [[131.95, 42.95], [131.6, 42.2], [130.8, 41.2], [130.2, 39.5], [129.9, 37.8], [129.8, 36.1], [129.5, 35.3], [129.15, 35.05]],
  'vostochny>busan-port': [[133.0, 42.55], [131.4, 40.5], [130.2, 38.5], [129.8, 36.1], [129.5, 35.3], [129.15, 35.05]],
  'vladivostok>niigata-port': [[131.95, 42.95], [132.5, 42.3], [138.5, 38.5]],
};
