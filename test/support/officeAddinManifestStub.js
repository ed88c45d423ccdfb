// office-addin-mock only needs OfficeApp from office-addin-manifest; the real package pulls an
// ESM-only dependency (strip-bom) that jest's CommonJS runtime cannot load.
module.exports = {
  OfficeApp: {
    Access: "access",
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
