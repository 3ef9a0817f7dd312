-- A module's materials: links, videos (embedded where the host allows it) and files. A file's
-- bytes live in the files directory under their SHA-256; the row keeps its name and type.
CREATE TABLE module_material (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id    BIGINT       NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    url          VARCHAR(500) NULL,
    file_name    VARCHAR(200) NULL,
    content_type VARCHAR(100) NULL,
    size_bytes   BIGINT       NULL,
    sha256       CHAR(64)     NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_material_module FOREIGN KEY (module_id) REFERENCES weekly_module (id),
    INDEX ix_material_module (module_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
