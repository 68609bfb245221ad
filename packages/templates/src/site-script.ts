/**
 * `assets/site.js`. A prototype's forms are for show: on submit the browser's own constraint
 * validation runs, then the section's success message is announced and the form is reset.
 * Nothing is sent anywhere (the CSP's `form-action 'none'` would block it anyway).
 */
export const SITE_SCRIPT = `'use strict';
(function () {
  var forms = document.querySelectorAll('form[data-prototype-form]');
  Array.prototype.forEach.call(forms, function (form) {
    var status = form.querySelector('[data-form-status]');
    form.addEventListener('input', function () {
      if (status) status.textContent = '';
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!form.checkValidity()) {
        form.reportValidity();
        return;
      }
      form.reset();
      if (status) status.textContent = form.getAttribute('data-success-message') || '';
    });
  });
})();
`;
