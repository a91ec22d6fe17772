INSERT INTO customers (id, name, role_code) VALUES (1, 'Seeded Sam', 'user');
