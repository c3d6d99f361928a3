/**
 * Fills `${{NAME}}` placeholders inside the string values of parsed JSON. Working on parsed values (not on
 * the file's text) means a value can never break the JSON or add a property.
 */

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * @param {unknown} json parsed JSON
 * @param {Record<string, string>} values
 * @param {string} file for messages
 * @returns {{ filled: unknown, problems: string[] }}
 */
function fillPlaceholders(json, values, file) {
  const problems = [];
  const walk = (node, at) => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name) => {
        if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
        problems.push(`${file}: ${at || '/'}: unknown placeholder ${whole}`);
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${at}/${i}`));
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, value]) => [key, walk(value, `${at}/${key}`)]),
      );
    }
    return node;
  };
  const filled = walk(json, '');
  if (problems.length === 0 && JSON.stringify(filled).includes('${{'))
    problems.push(`${file}: an unfinished placeholder ("\${{" without a name and "}}") is left`);
  return { filled, problems };
}

module.exports = { fillPlaceholders };
