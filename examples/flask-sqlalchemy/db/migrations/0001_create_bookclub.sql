-- migrate:up
CREATE TYPE public.member_role AS ENUM ('member', 'organiser');
CREATE TABLE public.book (
    id uuid NOT NULL,
    title text NOT NULL,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    details jsonb,
    CONSTRAINT book_pkey PRIMARY KEY (id)
);
CREATE INDEX ix_book_title ON public.book USING btree (title);
CREATE TABLE public.member (
    id uuid NOT NULL,
    email character varying(255) NOT NULL,
    role public.member_role NOT NULL,
    CONSTRAINT member_pkey PRIMARY KEY (id),
    CONSTRAINT member_email_key UNIQUE (email)
);
CREATE TABLE public.shelf (
    member_id uuid NOT NULL,
    book_id uuid NOT NULL,
    CONSTRAINT shelf_pkey PRIMARY KEY (member_id, book_id)
);
ALTER TABLE public.shelf ADD CONSTRAINT shelf_book_id_fkey FOREIGN KEY (book_id) REFERENCES public.book (id) ON DELETE CASCADE;
ALTER TABLE public.shelf ADD CONSTRAINT shelf_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.member (id) ON DELETE CASCADE;

-- migrate:down
ALTER TABLE public.shelf DROP CONSTRAINT shelf_book_id_fkey;
ALTER TABLE public.shelf DROP CONSTRAINT shelf_member_id_fkey;
DROP TABLE public.book;
DROP TABLE public.member;
DROP TABLE public.shelf;
DROP TYPE public.member_role;
