// What the app may use from the presenter feature.
export { PresenterConsole } from './PresenterConsole';
export { AudienceView } from './AudienceView';
export { startPresenting, stopPresenting, openAudience } from './start';
export { presenterKey, reducePresentation, startPresentation, type PresenterCommand, type PresentationState } from './keys';
export { toAudienceSlide, AudienceSlideSchema, PresenterMessageSchema, type AudienceSlide, type PresenterMessage } from './protocol';
