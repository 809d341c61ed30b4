/** A council's own application that embeds senrules' funding rules. */
module org.example.councilapp {
    requires org.senrules.funding;

    exports org.example.councilapp;
}
