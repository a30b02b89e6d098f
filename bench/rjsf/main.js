// The peer: an rjsf form of one mode, from the JSON Schema that `request-builder schema` exports,
// with live validation and a preview of the body, as the widget has. bench/bench.mjs builds it
// with esbuild (schema.json is written there first) and types into it beside the widget.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from './build/schema.json';

// The exported schema is draft 2020-12, so Ajv's 2020 class validates it.
const validator = customizeValidator({ AjvClass: Ajv2020 });

function App() {
  const [data, setData] = useState({});
  return h('div', { className: 'page' },
    h(Form, { schema, validator, formData: data, liveValidate: true, onChange: (e) => setData(e.formData) }),
    h('pre', { className: 'preview' }, JSON.stringify(data, null, 2)));
}

createRoot(document.getElementById('root')).render(h(App));
