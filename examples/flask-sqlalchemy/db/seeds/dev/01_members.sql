-- Development data, as Couchers' dummy data or DDS's `flask init-db`: `shale seed dev`, or `shale reset --seed dev`.
INSERT INTO member (id, email, role) VALUES
    ('6f1c1a52-0d3c-4a8e-9a51-2f7d0c9c1a01', 'ada@example.org', 'organiser'),
    ('6f1c1a52-0d3c-4a8e-9a51-2f7d0c9c1a02', 'func-test-1@example.org', 'member');
INSERT INTO book (id, title, tags, details) VALUES
    ('0b6c7e1e-5a0a-4a43-8d8e-1d1f0e2c3b01', 'The Art of Computer Programming', '{algorithms,classic}',
     '{"volumes": 4, "publisher": "Addison-Wesley"}');
INSERT INTO shelf (member_id, book_id) VALUES
    ('6f1c1a52-0d3c-4a8e-9a51-2f7d0c9c1a01', '0b6c7e1e-5a0a-4a43-8d8e-1d1f0e2c3b01'),
    ('6f1c1a52-0d3c-4a8e-9a51-2f7d0c9c1a02', '0b6c7e1e-5a0a-4a43-8d8e-1d1f0e2c3b01');
