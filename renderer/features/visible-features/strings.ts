// The map's text alternative: the list of what is visible in the current view. Namespace "visible".
export const visibleStrings = {
  en: {
    label: 'Visible on map',
    toggle: 'Visible on map ({{count}})',
    group: { deposit: 'Deposits', facility: 'Nodes', corridor: 'Corridors' },
    empty: 'Nothing from the atlas is in this view. Zoom out or clear the filters.',
    more: '{{count}} more — zoom in to list them',
    show: 'Show {{name}} on the map and open its details',
  },
  ko: {
    label: '지도에 보이는 항목',
    toggle: '지도에 보이는 항목 ({{count}})',
    group: { deposit: '광상', facility: '거점', corridor: '회랑' },
    empty: '이 화면에는 아틀라스 항목이 없습니다. 지도를 축소하거나 필터를 지우세요.',
    more: '그 외 {{count}}개 — 확대하면 목록에 나타납니다',
    show: '지도에서 {{name}} 보기 및 세부 정보 열기',
  },
  mn: {
    label: 'Газрын зураг дээр харагдаж буй',
    toggle: 'Газрын зураг дээр харагдаж буй ({{count}})',
    group: { deposit: 'Ордууд', facility: 'Зангилаа цэгүүд', corridor: 'Коридорууд' },
    empty: 'Энэ харагдацад атласын объект алга. Газрын зургийг жижигрүүлэх эсвэл шүүлтүүрийг арилгана уу.',
    more: 'Бусад {{count}} — жагсаалтад гаргахын тулд томруулна уу',
    show: '{{name}}-г газрын зураг дээр харуулж, дэлгэрэнгүйг нээх',
  },
};
