import { registerEnumType } from 'type-graphql';
import { QuestionType, ResponseStatus } from '../../../rules/enums';
import { figure } from '../../../rules/limits';
import { MAX_TEXT } from '../../../rules/questionnaire';

export { QuestionType, ResponseStatus };

registerEnumType(QuestionType, {
  name: 'QuestionType',
  description: 'What kind of answer a question takes, and so the JSON value of its answer.',
  valuesConfig: {
    TEXT: { description: `Free text: a string of up to ${figure(MAX_TEXT)} characters.` },
    NUMBER: { description: 'A number, within the question’s min and max, in its unit.' },
    YES_NO: { description: 'Yes or no: a boolean.' },
    SINGLE_CHOICE: { description: 'One of the choices: the choice’s value.' },
    MULTIPLE_CHOICE: { description: 'Any of the choices: an array of choice values.' },
    DATE: { description: 'A calendar date: "YYYY-MM-DD".' },
    PHOTO: { description: 'Photos: an array of SHA-256 of files uploaded through POST /files.' },
    GROUP: { description: 'A repeatable group of the nested questions: an array of answer objects.' },
  },
});

registerEnumType(ResponseStatus, {
  name: 'ResponseStatus',
  description: 'Where a questionnaire response stands.',
  valuesConfig: {
    DRAFT: { description: 'Being filled in; saved partially any number of times.' },
    SUBMITTED: { description: 'Every answer validated; waiting for review by the CCPOR team.' },
    ACCEPTED: { description: 'Accepted; completes the task the questionnaire fulfils.' },
    RETURNED: { description: 'Returned with comments, to be corrected and submitted again.' },
  },
});
