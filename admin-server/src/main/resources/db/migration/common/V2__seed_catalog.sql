-- A small demo catalog of a district (思明区) so that a fresh server has something to publish.
INSERT INTO department (code, name, name_en) VALUES
    ('HRSS', '区人力资源和社会保障局', 'District Human Resources and Social Security Bureau'),
    ('HPF',  '市住房公积金中心思明管理部', 'Housing Provident Fund Centre, Siming Office'),
    ('CA',   '区民政局', 'District Civil Affairs Bureau');

INSERT INTO catalog_item (code, name, name_en, department_code, flags, required_devices, display_order) VALUES
    ('11350203MB0000001A4442115002000', '城乡居民基本养老保险参保登记',
     'Basic pension insurance enrolment for urban and rural residents', 'HRSS',
     'SELF_SERVICE,ID_CARD_ONLY', 'ID_CARD_READER,RECEIPT_PRINTER', 10),
    ('11350203MB0000002B4442115003000', '社会保险参保缴费记录查询',
     'Social insurance contribution record', 'HRSS',
     'SELF_SERVICE,INSTANT_APPROVAL,NO_CERTIFICATE_NEEDED', 'ID_CARD_READER,DOCUMENT_PRINTER', 20),
    ('11350203MB0000003C4442115004000', '失业保险金申领',
     'Unemployment insurance benefit claim', 'HRSS',
     'SELF_SERVICE,NO_CERTIFICATE_NEEDED', 'ID_CARD_READER,RECEIPT_PRINTER', 30),
    ('12350200MB0000004D4442116001000', '住房公积金缴存证明打印',
     'Housing provident fund contribution certificate', 'HPF',
     'SELF_SERVICE,INSTANT_APPROVAL,ID_CARD_ONLY', 'ID_CARD_READER,DOCUMENT_PRINTER', 40),
    ('12350200MB0000005E4442116002000', '住房公积金提取（租房）',
     'Housing provident fund withdrawal for rent', 'HPF',
     'SELF_SERVICE,INSTANT_APPROVAL,NO_CERTIFICATE_NEEDED', 'ID_CARD_READER,RECEIPT_PRINTER', 50),
    ('11350203MB0000006F4442117001000', '老年人优待证办理',
     'Senior citizen preferential card', 'CA',
     'SELF_SERVICE,ID_CARD_ONLY', 'ID_CARD_READER,RECEIPT_PRINTER', 60),
    ('11350203MB0000007G4442117002000', '最低生活保障申请',
     'Minimum living allowance application', 'CA',
     'NO_CERTIFICATE_NEEDED', 'ID_CARD_READER,CODE_SCANNER,RECEIPT_PRINTER', 70);
