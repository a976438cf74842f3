// Map vocabulary shared by the map, filters, legend, search and detail panel: kinds, commodity groups,
// statuses, modes, partners, and the map toolbar. Namespace "atlas".
export const atlasStrings = {
  en: {
    group: {
      ree: 'Rare earths', 'battery-metals': 'Battery metals', 'w-mo-sn': 'Tungsten, molybdenum, tin', uranium: 'Uranium',
      'cu-au': 'Copper, gold, silver', coal: 'Coal', fluorspar: 'Fluorspar', iron: 'Iron ore', other: 'Other',
    },
    status: {
      producing: 'Producing', construction: 'Under construction', development: 'Development', feasibility: 'Feasibility study',
      exploration: 'Exploration', prospect: 'Prospect', 'care-and-maintenance': 'Care and maintenance', 'past-producer': 'Past producer', closed: 'Closed',
    },
    corridorStatus: { operating: 'Operating', construction: 'Under construction', planned: 'Planned', proposed: 'Proposed' },
    mode: { rail: 'Rail', road: 'Road', sea: 'Sea', air: 'Air', multimodal: 'Multimodal' },
    facility: {
      'border-crossing': 'Border crossing', 'rail-station': 'Rail station', port: 'Port', airport: 'Airport',
      'processing-zone': 'Processing zone', 'mine-site': 'Mine site', 'research-centre': 'Research centre', city: 'City',
    },
    kind: { deposit: 'Deposit', facility: 'Node', corridor: 'Corridor', event: 'Event' },
    confidence: { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' },
    partner: { KR: 'Korea', JP: 'Japan', US: 'United States', EU: 'European Union', CN: 'China', RU: 'Russia', KZ: 'Kazakhstan', MN: 'Mongolia' },
    strategic: 'Strategic deposit',
    toolbar: {
      label: 'Map tools', fit: 'Fit Mongolia', reset: 'Reset view', measure: 'Measure distance', measureStop: 'Stop measuring',
      measureHint: 'Click points on the map to measure', distance: 'Distance: {{km}} km', coordinates: 'Pointer position',
    },
    tooltip: '{{name}} · {{kind}}',
    loadingData: 'Loading deposits and corridors…',
  },
  ko: {
    group: {
      ree: '희토류', 'battery-metals': '배터리 금속', 'w-mo-sn': '텅스텐·몰리브덴·주석', uranium: '우라늄',
      'cu-au': '구리·금·은', coal: '석탄', fluorspar: '형석', iron: '철광석', other: '기타',
    },
    status: {
      producing: '생산 중', construction: '건설 중', development: '개발 단계', feasibility: '타당성 조사',
      exploration: '탐사', prospect: '유망지', 'care-and-maintenance': '가동 중단(유지 관리)', 'past-producer': '과거 생산', closed: '폐광',
    },
    corridorStatus: { operating: '운영 중', construction: '건설 중', planned: '계획', proposed: '제안' },
    mode: { rail: '철도', road: '도로', sea: '해상', air: '항공', multimodal: '복합 운송' },
    facility: {
      'border-crossing': '국경 통과소', 'rail-station': '철도역', port: '항구', airport: '공항',
      'processing-zone': '가공 단지', 'mine-site': '광산', 'research-centre': '연구소', city: '도시',
    },
    kind: { deposit: '광상', facility: '거점', corridor: '회랑', event: '사건' },
    confidence: { high: '신뢰도 높음', medium: '신뢰도 보통', low: '신뢰도 낮음' },
    partner: { KR: '한국', JP: '일본', US: '미국', EU: '유럽연합', CN: '중국', RU: '러시아', KZ: '카자흐스탄', MN: '몽골' },
    strategic: '전략 광상',
    toolbar: {
      label: '지도 도구', fit: '몽골 전체 보기', reset: '처음 보기로', measure: '거리 재기', measureStop: '거리 재기 끝내기',
      measureHint: '지도에서 지점을 클릭해 거리를 재세요', distance: '거리: {{km}} km', coordinates: '포인터 위치',
    },
    tooltip: '{{name}} · {{kind}}',
    loadingData: '광상과 회랑을 불러오는 중…',
  },
  mn: {
    group: {
      ree: 'Газрын ховор элемент', 'battery-metals': 'Батарейн металл', 'w-mo-sn': 'Гянт болд, молибден, цагаан тугалга', uranium: 'Уран',
      'cu-au': 'Зэс, алт, мөнгө', coal: 'Нүүрс', fluorspar: 'Жонш', iron: 'Төмрийн хүдэр', other: 'Бусад',
    },
    status: {
      producing: 'Олборлолт явуулж буй', construction: 'Барилгын шатанд', development: 'Бэлтгэл ажлын шатанд', feasibility: 'ТЭЗҮ-ийн шатанд',
      exploration: 'Хайгуулын шатанд', prospect: 'Илрэл', 'care-and-maintenance': 'Түр зогсоосон', 'past-producer': 'Өмнө нь олборлож байсан', closed: 'Хаагдсан',
    },
    corridorStatus: { operating: 'Ашиглалтад', construction: 'Баригдаж буй', planned: 'Төлөвлөсөн', proposed: 'Санал болгосон' },
    mode: { rail: 'Төмөр зам', road: 'Авто зам', sea: 'Далай', air: 'Агаар', multimodal: 'Холимог тээвэр' },
    facility: {
      'border-crossing': 'Хилийн боомт', 'rail-station': 'Төмөр замын өртөө', port: 'Далайн боомт', airport: 'Нисэх буудал',
      'processing-zone': 'Боловсруулах бүс', 'mine-site': 'Уурхай', 'research-centre': 'Судалгааны төв', city: 'Хот',
    },
    kind: { deposit: 'Орд', facility: 'Зангилаа', corridor: 'Коридор', event: 'Үйл явдал' },
    confidence: { high: 'Найдвартай', medium: 'Дунд зэрэг найдвартай', low: 'Найдвартай бус' },
    partner: { KR: 'Солонгос', JP: 'Япон', US: 'АНУ', EU: 'Европын холбоо', CN: 'Хятад', RU: 'Орос', KZ: 'Казахстан', MN: 'Монгол' },
    strategic: 'Стратегийн ач холбогдолтой орд',
    toolbar: {
      label: 'Газрын зургийн хэрэгсэл', fit: 'Монголыг бүтнээр', reset: 'Анхны харагдац', measure: 'Зай хэмжих', measureStop: 'Хэмжилтийг дуусгах',
      measureHint: 'Зай хэмжихийн тулд газрын зураг дээр цэгүүд дарна уу', distance: 'Зай: {{km}} км', coordinates: 'Заагчийн байршил',
    },
    tooltip: '{{name}} · {{kind}}',
    loadingData: 'Орд, коридоруудыг ачаалж байна…',
  },
};
