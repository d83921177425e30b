//! Fides interoperation: the fideslang default taxonomy a policy maps its
//! data categories to (`fides "user.contact.email"`).

pub mod taxonomy;
