export {
  fieldError,
  formOn,
  load,
  send,
  text,
  type FilledForm,
  type Loaded,
} from '../../support/browser-like';
