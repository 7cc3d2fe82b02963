// A problem with one field of an input, named by its path ("requirements[2].anyOf"). The shared
// checks return these; the server sends them as BAD_USER_INPUT details (docs/errors.md), the app
// shows each message next to the field it names.

export interface FieldProblem {
  field: string;
  message: string;
}
