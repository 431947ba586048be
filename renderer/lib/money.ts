// Money formatting lives in shared/ so main (PDFs, merge fields) and screens agree.
export * from '#shared/domain/money'
