/**
 * Generated from /api/docs/json by `npm run api:types` (scripts/api-types.ts): do not edit.
 * server/http/openapi.test.ts fails when the routes and this file disagree.
 */

export interface paths {
    "/api/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                    locked?: "true" | "false";
                    page?: string;
                    pageSize?: string;
                    q?: string;
                    role?: "sysadmin" | "secadmin" | "auditor" | "staff" | "member" | "unit" | "leader";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新建账号（返回一次性初始密码） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        canViewSensitive?: boolean;
                        departmentId?: number | null;
                        displayName: string;
                        handlingUnitId?: number | null;
                        leaderId?: number | null;
                        memberId?: number | null;
                        phone?: string | null;
                        /** @enum {string} */
                        role: "sysadmin" | "secadmin" | "auditor" | "staff" | "member" | "unit" | "leader";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 修改账号（姓名、角色与关联、敏感信息权限、启停用、手机号） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        canViewSensitive?: boolean;
                        departmentId?: number | null;
                        displayName?: string;
                        handlingUnitId?: number | null;
                        leaderId?: number | null;
                        memberId?: number | null;
                        phone?: string | null;
                        /** @enum {string} */
                        role?: "sysadmin" | "secadmin" | "auditor" | "staff" | "member" | "unit" | "leader";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码（返回一次性初始密码） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出账号列表（Excel） */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                    locked?: "true" | "false";
                    q?: string;
                    role?: "sysadmin" | "secadmin" | "auditor" | "staff" | "member" | "unit" | "leader";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/link-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可关联的部门、委员、承办单位或领导（仅名称） */
        get: {
            parameters: {
                query: {
                    page?: string;
                    pageSize?: string;
                    q?: string;
                    role: "staff" | "member" | "unit" | "leader";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（最新在前） */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    committeeId?: string;
                    from?: string;
                    ip?: string;
                    page?: string;
                    pageSize?: string;
                    result?: "成功" | "失败";
                    target?: string;
                    to?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志（Excel） */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    committeeId?: string;
                    from?: string;
                    ip?: string;
                    result?: "成功" | "失败";
                    target?: string;
                    to?: string;
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计日志完整性（SM3-HMAC 链） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                        oldPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录（用户名或手机号 + 密码） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户与权限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                browseOrg: boolean;
                                compileProposals: boolean;
                                exportRoster: boolean;
                                handleProposals: boolean;
                                leadKeyProposals: boolean;
                                manageAccounts: boolean;
                                manageMembers: boolean;
                                manageOrg: boolean;
                                organiseMeetings: boolean;
                                readAudit: boolean;
                                readDirectory: boolean;
                                superviseHandling: boolean;
                                viewSensitive: boolean;
                            };
                            committeeId: number;
                            committeeLevel: string;
                            committeeName: string;
                            csrfToken: string;
                            departmentId: number | null;
                            displayName: string;
                            handlingUnitId: number | null;
                            id: number;
                            memberId: number | null;
                            mustChangePassword: boolean;
                            /** @enum {string} */
                            role: "sysadmin" | "secadmin" | "auditor" | "staff" | "member" | "unit" | "leader";
                            /** @enum {number} */
                            textScale: 100 | 125 | 150;
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置本人的显示偏好（字号 / 长辈模式） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {number} */
                        textScale: 100 | 125 | 150;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前会话（未登录时 me 为 null） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            me: {
                                abilities: {
                                    browseOrg: boolean;
                                    compileProposals: boolean;
                                    exportRoster: boolean;
                                    handleProposals: boolean;
                                    leadKeyProposals: boolean;
                                    manageAccounts: boolean;
                                    manageMembers: boolean;
                                    manageOrg: boolean;
                                    organiseMeetings: boolean;
                                    readAudit: boolean;
                                    readDirectory: boolean;
                                    superviseHandling: boolean;
                                    viewSensitive: boolean;
                                };
                                committeeId: number;
                                committeeLevel: string;
                                committeeName: string;
                                csrfToken: string;
                                departmentId: number | null;
                                displayName: string;
                                handlingUnitId: number | null;
                                id: number;
                                memberId: number | null;
                                mustChangePassword: boolean;
                                /** @enum {string} */
                                role: "sysadmin" | "secadmin" | "auditor" | "staff" | "member" | "unit" | "leader";
                                /** @enum {number} */
                                textScale: 100 | 125 | 150;
                                username: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意期刊列表（工作人员看本会及下级的；领导看报送本人的，unread=true 只看未阅） */
        get: {
            parameters: {
                query?: {
                    kind?: "periodical" | "special";
                    page?: string;
                    pageSize?: string;
                    status?: "draft" | "signed" | "sent";
                    unread?: "true" | "false";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 组稿（《社情民意》或专报：编入的信息及顺序、报送领导、抄送） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        copyTo?: string | null;
                        /** @default [] */
                        itemIds?: number[];
                        /** @enum {string} */
                        kind: "periodical" | "special";
                        /** @default [] */
                        leaderIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意期刊详情（各条信息、反映人、采用情况、报送领导及阅读情况） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 修改期刊（签发前：编入的信息及顺序、报送领导、抄送） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        copyTo?: string | null;
                        expectedVersion?: number;
                        /** @default [] */
                        itemIds?: number[];
                        /** @default [] */
                        leaderIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues/{id}/issue.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载期刊 Word 文件（报头、期号、编印单位、各条信息、报送与抄送） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 领导阅知期刊 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送期刊（送达所选领导） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发期刊（办公室，编定期号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bulletin-issues/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出社情民意期刊列表（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    kind?: "periodical" | "special";
                    status?: "draft" | "signed" | "sent";
                    unread?: "true" | "false";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-overrides/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 将某日设为本会休息日或工作日（覆盖法定节假日安排） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 恢复某日为法定日历安排 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 首页统计（按角色） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录处理情况（提醒谈话：谈话人、日期、谈话内容；警告；劝辞） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actedBy: string;
                        actedOn: string;
                        /** @enum {string} */
                        consequence: "talk" | "warning" | "resign";
                        content: string;
                        memberId: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 履职申报列表（委员看本人的；工作人员看全部，待确认在前） */
        get: {
            parameters: {
                query?: {
                    memberId?: string;
                    page?: string;
                    pageSize?: string;
                    status?: "submitted" | "confirmed" | "refused" | "withdrawn";
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 申报履职项（委员本人申报，待确认；工作人员为委员直接录入，即为已确认） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @enum {string} */
                        kind: "claim.visit" | "claim.donation" | "claim.award" | "claim.legalService" | "claim.supervisor" | "claim.other";
                        memberId?: number;
                        occurredOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 履职申报详情（材料、处理记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认申报 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正已确认的履职项（说明理由，留痕） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        /** @enum {string} */
                        kind: "claim.visit" | "claim.donation" | "claim.award" | "claim.legalService" | "claim.supervisor" | "claim.other";
                        occurredOn: string;
                        reason: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传申报材料（multipart，字段 file，≤10 MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/files/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载申报材料 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予确认（说明理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销确认（说明理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/claims/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回申报（委员本人，确认前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 履职考评等次分布 */
        get: {
            parameters: {
                query: {
                    committeeId?: string;
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 需处理的委员（提醒谈话、警告、劝辞）及处理记录 */
        get: {
            parameters: {
                query: {
                    committeeId?: string;
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的履职档案（某年度的得分、等次、每一项得分及依据、尚缺的最低履职要求、往年） */
        get: {
            parameters: {
                query: {
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员履职档案（本人、联系的主席/副主席/常委、工作人员可看） */
        get: {
            parameters: {
                query: {
                    year: string;
                };
                header?: never;
                path: {
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年度的履职考评规则（当前版本、历次修改、履职项目录、默认值） */
        get: {
            parameters: {
                query: {
                    committeeId?: string;
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 修改某年度的考评规则（保存新版本并重新计算该年度） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        rules: {
                            baseScore: number;
                            bonusCap: number | null;
                            consequences: {
                                resign: {
                                    incompetentYearsRunning: number | null;
                                    plenaryAbsencesInTerm: number | null;
                                };
                                talk: {
                                    minimumsUnmet: boolean;
                                    plenaryAbsencesInYear: number | null;
                                };
                                warning: {
                                    incompetent: boolean;
                                    plenaryAbsencesInTerm: number | null;
                                };
                            };
                            grades: {
                                basic: number | null;
                                competent: number;
                                excellent: number;
                            };
                            kinds: {
                                [key: string]: {
                                    cap: number | null;
                                    points: number;
                                };
                            };
                            minimums: {
                                /** @enum {string} */
                                category: "proposal" | "opinion" | "activity";
                                count: number;
                            }[];
                            showRank: boolean;
                        };
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员履职得分一览（按界别、专委会、联络组、职务、等次筛选，可排序） */
        get: {
            parameters: {
                query: {
                    committeeId?: string;
                    flagged?: "true" | "false";
                    grade?: "excellent" | "competent" | "basic" | "incompetent";
                    liaisonGroupId?: string;
                    page?: string;
                    pageSize?: string;
                    position?: "主席" | "副主席" | "秘书长" | "常委" | "委员";
                    q?: string;
                    sectorId?: string;
                    sort?: "total" | "-total" | "name" | "official";
                    specialCommitteeId?: string;
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/scores/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出委员履职得分（.xlsx，条件同列表） */
        get: {
            parameters: {
                query: {
                    committeeId?: string;
                    flagged?: "true" | "false";
                    grade?: "excellent" | "competent" | "basic" | "incompetent";
                    liaisonGroupId?: string;
                    position?: "主席" | "副主席" | "秘书长" | "常委" | "委员";
                    q?: string;
                    sectorId?: string;
                    sort?: "total" | "-total" | "name" | "official";
                    specialCommitteeId?: string;
                    year: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/years/{year}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关闭年度（成绩连同规则冻结，不再重新计算） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-archive/years/{year}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新计算某年度全体委员的履职得分 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批示列表（各类文件；工作人员看本会及下级的，领导看本人的，单位看交本单位落实的；可按领导、层级、单位、状态、类别、逾期筛选） */
        get: {
            parameters: {
                query?: {
                    leaderId?: string;
                    level?: "national" | "province" | "city" | "county";
                    overdue?: "true" | "false";
                    page?: string;
                    pageSize?: string;
                    principal?: "true" | "false";
                    state?: "pending" | "submitted" | "returned" | "accepted";
                    status?: "open" | "closed";
                    subjectId?: string;
                    subjectType?: "bulletinIssue" | "opinionItem" | "proposal";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 批示（领导在线批示，或工作人员登记纸质批示：文件、领导、层级、内容、落实单位、反馈期限） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        instructedOn: string;
                        leaderId?: number;
                        leaderName?: string | null;
                        /** @enum {string} */
                        level: "national" | "province" | "city" | "county";
                        /** @default false */
                        principal?: boolean;
                        subjectId: number;
                        /** @enum {string} */
                        subjectType: "bulletinIssue" | "opinionItem" | "proposal";
                        text: string;
                        unitIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批示详情（批示内容、各单位落实反馈、处理过程与当前可执行操作） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认单位的落实反馈 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批示办结（各单位反馈均已确认） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 落实反馈（被批示的单位） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        feedback: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回单位的落实反馈（说明需补充的内容） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instructions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出批示（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    leaderId?: string;
                    level?: "national" | "province" | "city" | "county";
                    overdue?: "true" | "false";
                    principal?: "true" | "false";
                    state?: "pending" | "submitted" | "returned" | "accepted";
                    status?: "open" | "closed";
                    subjectId?: string;
                    subjectType?: "bulletinIssue" | "opinionItem" | "proposal";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 请假申请列表（工作人员看本会及下级；委员看本人的） */
        get: {
            parameters: {
                query?: {
                    category?: "official" | "sick" | "personal" | "other";
                    late?: "true" | "false";
                    meetingId?: string;
                    page?: string;
                    pageSize?: string;
                    status?: "submitted" | "approved" | "refused" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string;
                                categoryLabel: string;
                                committeeId: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decisionNote: string | null;
                                id: number;
                                late: boolean;
                                meetingId: number;
                                meetingKindLabel: string;
                                /** Format: date-time */
                                meetingStartsAt: string;
                                meetingTitle: string;
                                memberId: number;
                                memberName: string;
                                reason: string;
                                sittingNames: string[] | null;
                                status: string;
                                statusLabel: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalCapped?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 请假申请详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                refuse: boolean;
                                withdraw: boolean;
                            };
                            category: string;
                            categoryLabel: string;
                            committeeId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decisionNote: string | null;
                            files: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            id: number;
                            late: boolean;
                            meetingId: number;
                            meetingKindLabel: string;
                            /** Format: date-time */
                            meetingStartsAt: string;
                            meetingTitle: string;
                            memberId: number;
                            memberName: string;
                            reason: string;
                            sittingNames: string[] | null;
                            status: string;
                            statusLabel: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批请假（批准或不批准，可附说明） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                refuse: boolean;
                                withdraw: boolean;
                            };
                            category: string;
                            categoryLabel: string;
                            committeeId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decisionNote: string | null;
                            files: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            id: number;
                            late: boolean;
                            meetingId: number;
                            meetingKindLabel: string;
                            /** Format: date-time */
                            meetingStartsAt: string;
                            meetingTitle: string;
                            memberId: number;
                            memberName: string;
                            reason: string;
                            sittingNames: string[] | null;
                            status: string;
                            statusLabel: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/files/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载请假证明材料 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回请假（审批前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                refuse: boolean;
                                withdraw: boolean;
                            };
                            category: string;
                            categoryLabel: string;
                            committeeId: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decisionNote: string | null;
                            files: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            id: number;
                            late: boolean;
                            meetingId: number;
                            meetingKindLabel: string;
                            /** Format: date-time */
                            meetingStartsAt: string;
                            meetingTitle: string;
                            memberId: number;
                            memberName: string;
                            reason: string;
                            sittingNames: string[] | null;
                            status: string;
                            statusLabel: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出请假申请（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    category?: "official" | "sick" | "personal" | "other";
                    late?: "true" | "false";
                    meetingId?: string;
                    status?: "submitted" | "approved" | "refused" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议活动列表（工作人员看全部；委员、单位看受邀的；view=mine 只看本人受邀的） */
        get: {
            parameters: {
                query?: {
                    awaitingReply?: "true" | "false";
                    kind?: "plenary" | "standing" | "chairs" | "specialCommittee" | "training" | "inspection" | "activityDay" | "reading" | "other";
                    page?: string;
                    pageSize?: string;
                    q?: string;
                    status?: "draft" | "published" | "cancelled";
                    upcoming?: "true" | "false";
                    view?: "all" | "mine";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attendees: number;
                                committeeId: number;
                                committeeName: string;
                                confirmed: number;
                                /** Format: date-time */
                                endsAt: string;
                                id: number;
                                kind: string;
                                kindLabel: string;
                                leavePending: number;
                                myLeave: string | null;
                                myResponse: string | null;
                                organiserName: string | null;
                                place: string;
                                replyBy: string;
                                /** Format: date-time */
                                startsAt: string;
                                status: string;
                                statusLabel: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalCapped?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新建会议（草稿：场次、参会范围、列席） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        agendaHtml?: string;
                        invite: {
                            /** @default [] */
                            activityGroupIds?: number[];
                            /** @default false */
                            allMembers?: boolean;
                            /** @default [] */
                            leaderIds?: number[];
                            /** @default [] */
                            liaisonGroupIds?: number[];
                            /** @default [] */
                            memberIds?: number[];
                            /** @default [] */
                            positions?: ("主席" | "副主席" | "秘书长" | "常委" | "委员")[];
                            /** @default [] */
                            sectorIds?: number[];
                            /** @default [] */
                            specialCommitteeIds?: number[];
                            /** @default [] */
                            unitIds?: number[];
                        };
                        /** @enum {string} */
                        kind: "plenary" | "standing" | "chairs" | "specialCommittee" | "training" | "inspection" | "activityDay" | "reading" | "other";
                        organiserId: number;
                        /** @enum {string} */
                        organiserKind: "department" | "specialCommittee" | "liaisonGroup" | "activityGroup";
                        place: string;
                        replyBy: string;
                        sessionId?: number | null;
                        sittings: {
                            /** Format: date-time */
                            endsAt: string;
                            name: string;
                            place?: string | null;
                            /** Format: date-time */
                            startsAt: string;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                                checkIn: boolean;
                                confirm: boolean;
                                edit: boolean;
                                manage: boolean;
                                publish: boolean;
                                requestLeave: boolean;
                                viewAttendance: boolean;
                            };
                            agendaHtml: string;
                            attendance: {
                                absent: number;
                                attended: number;
                                expected: number;
                                late: number;
                                leave: number;
                                pending: number;
                            } | null;
                            committeeId: number;
                            committeeName: string;
                            ended: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            invitation: {
                                leave: {
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    id: number;
                                    late: boolean;
                                    meetingId: number;
                                    meetingKindLabel: string;
                                    /** Format: date-time */
                                    meetingStartsAt: string;
                                    meetingTitle: string;
                                    memberId: number;
                                    memberName: string;
                                    reason: string;
                                    sittingNames: string[] | null;
                                    status: string;
                                    statusLabel: string;
                                    version: number;
                                } | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                response: string;
                                role: string;
                            } | null;
                            inviteRule: unknown;
                            kind: string;
                            kindLabel: string;
                            materials: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            organiserId: number;
                            organiserKind: string;
                            organiserKindLabel: string;
                            organiserName: string | null;
                            place: string;
                            replyBy: string;
                            sessionId: number | null;
                            sessionName: string | null;
                            sittings: {
                                /** Format: date-time */
                                checkinOpensAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                figures: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                id: number;
                                myCheckin: {
                                    /** Format: date-time */
                                    checkedInAt: string;
                                    late: boolean;
                                } | null;
                                name: string;
                                ordinal: number;
                                place: string | null;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            statusLabel: string;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议详情（通知、场次、材料、本人的回复与请假、出席统计与当前可执行操作） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                                checkIn: boolean;
                                confirm: boolean;
                                edit: boolean;
                                manage: boolean;
                                publish: boolean;
                                requestLeave: boolean;
                                viewAttendance: boolean;
                            };
                            agendaHtml: string;
                            attendance: {
                                absent: number;
                                attended: number;
                                expected: number;
                                late: number;
                                leave: number;
                                pending: number;
                            } | null;
                            committeeId: number;
                            committeeName: string;
                            ended: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            invitation: {
                                leave: {
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    id: number;
                                    late: boolean;
                                    meetingId: number;
                                    meetingKindLabel: string;
                                    /** Format: date-time */
                                    meetingStartsAt: string;
                                    meetingTitle: string;
                                    memberId: number;
                                    memberName: string;
                                    reason: string;
                                    sittingNames: string[] | null;
                                    status: string;
                                    statusLabel: string;
                                    version: number;
                                } | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                response: string;
                                role: string;
                            } | null;
                            inviteRule: unknown;
                            kind: string;
                            kindLabel: string;
                            materials: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            organiserId: number;
                            organiserKind: string;
                            organiserKindLabel: string;
                            organiserName: string | null;
                            place: string;
                            replyBy: string;
                            sessionId: number | null;
                            sessionName: string | null;
                            sittings: {
                                /** Format: date-time */
                                checkinOpensAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                figures: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                id: number;
                                myCheckin: {
                                    /** Format: date-time */
                                    checkedInAt: string;
                                    late: boolean;
                                } | null;
                                name: string;
                                ordinal: number;
                                place: string | null;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            statusLabel: string;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** 修改会议（已发通知的，受邀人员收到变更通知） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        agendaHtml?: string;
                        expectedVersion?: number;
                        invite: {
                            /** @default [] */
                            activityGroupIds?: number[];
                            /** @default false */
                            allMembers?: boolean;
                            /** @default [] */
                            leaderIds?: number[];
                            /** @default [] */
                            liaisonGroupIds?: number[];
                            /** @default [] */
                            memberIds?: number[];
                            /** @default [] */
                            positions?: ("主席" | "副主席" | "秘书长" | "常委" | "委员")[];
                            /** @default [] */
                            sectorIds?: number[];
                            /** @default [] */
                            specialCommitteeIds?: number[];
                            /** @default [] */
                            unitIds?: number[];
                        };
                        /** @enum {string} */
                        kind: "plenary" | "standing" | "chairs" | "specialCommittee" | "training" | "inspection" | "activityDay" | "reading" | "other";
                        organiserId: number;
                        /** @enum {string} */
                        organiserKind: "department" | "specialCommittee" | "liaisonGroup" | "activityGroup";
                        place: string;
                        replyBy: string;
                        sessionId?: number | null;
                        sittings: {
                            /** Format: date-time */
                            endsAt: string;
                            name: string;
                            place?: string | null;
                            /** Format: date-time */
                            startsAt: string;
                        }[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                                checkIn: boolean;
                                confirm: boolean;
                                edit: boolean;
                                manage: boolean;
                                publish: boolean;
                                requestLeave: boolean;
                                viewAttendance: boolean;
                            };
                            agendaHtml: string;
                            attendance: {
                                absent: number;
                                attended: number;
                                expected: number;
                                late: number;
                                leave: number;
                                pending: number;
                            } | null;
                            committeeId: number;
                            committeeName: string;
                            ended: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            invitation: {
                                leave: {
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    id: number;
                                    late: boolean;
                                    meetingId: number;
                                    meetingKindLabel: string;
                                    /** Format: date-time */
                                    meetingStartsAt: string;
                                    meetingTitle: string;
                                    memberId: number;
                                    memberName: string;
                                    reason: string;
                                    sittingNames: string[] | null;
                                    status: string;
                                    statusLabel: string;
                                    version: number;
                                } | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                response: string;
                                role: string;
                            } | null;
                            inviteRule: unknown;
                            kind: string;
                            kindLabel: string;
                            materials: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            organiserId: number;
                            organiserKind: string;
                            organiserKindLabel: string;
                            organiserName: string | null;
                            place: string;
                            replyBy: string;
                            sessionId: number | null;
                            sessionName: string | null;
                            sittings: {
                                /** Format: date-time */
                                checkinOpensAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                figures: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                id: number;
                                myCheckin: {
                                    /** Format: date-time */
                                    checkedInAt: string;
                                    late: boolean;
                                } | null;
                                name: string;
                                ordinal: number;
                                place: string | null;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            statusLabel: string;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消会议（通知全部受邀人员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                                checkIn: boolean;
                                confirm: boolean;
                                edit: boolean;
                                manage: boolean;
                                publish: boolean;
                                requestLeave: boolean;
                                viewAttendance: boolean;
                            };
                            agendaHtml: string;
                            attendance: {
                                absent: number;
                                attended: number;
                                expected: number;
                                late: number;
                                leave: number;
                                pending: number;
                            } | null;
                            committeeId: number;
                            committeeName: string;
                            ended: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            invitation: {
                                leave: {
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    id: number;
                                    late: boolean;
                                    meetingId: number;
                                    meetingKindLabel: string;
                                    /** Format: date-time */
                                    meetingStartsAt: string;
                                    meetingTitle: string;
                                    memberId: number;
                                    memberName: string;
                                    reason: string;
                                    sittingNames: string[] | null;
                                    status: string;
                                    statusLabel: string;
                                    version: number;
                                } | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                response: string;
                                role: string;
                            } | null;
                            inviteRule: unknown;
                            kind: string;
                            kindLabel: string;
                            materials: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            organiserId: number;
                            organiserKind: string;
                            organiserKindLabel: string;
                            organiserName: string | null;
                            place: string;
                            replyBy: string;
                            sessionId: number | null;
                            sessionName: string | null;
                            sittings: {
                                /** Format: date-time */
                                checkinOpensAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                figures: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                id: number;
                                myCheckin: {
                                    /** Format: date-time */
                                    checkedInAt: string;
                                    late: boolean;
                                } | null;
                                name: string;
                                ordinal: number;
                                place: string | null;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            statusLabel: string;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认参加（受邀委员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                                checkIn: boolean;
                                confirm: boolean;
                                edit: boolean;
                                manage: boolean;
                                publish: boolean;
                                requestLeave: boolean;
                                viewAttendance: boolean;
                            };
                            agendaHtml: string;
                            attendance: {
                                absent: number;
                                attended: number;
                                expected: number;
                                late: number;
                                leave: number;
                                pending: number;
                            } | null;
                            committeeId: number;
                            committeeName: string;
                            ended: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            invitation: {
                                leave: {
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    id: number;
                                    late: boolean;
                                    meetingId: number;
                                    meetingKindLabel: string;
                                    /** Format: date-time */
                                    meetingStartsAt: string;
                                    meetingTitle: string;
                                    memberId: number;
                                    memberName: string;
                                    reason: string;
                                    sittingNames: string[] | null;
                                    status: string;
                                    statusLabel: string;
                                    version: number;
                                } | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                response: string;
                                role: string;
                            } | null;
                            inviteRule: unknown;
                            kind: string;
                            kindLabel: string;
                            materials: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            organiserId: number;
                            organiserKind: string;
                            organiserKindLabel: string;
                            organiserName: string | null;
                            place: string;
                            replyBy: string;
                            sessionId: number | null;
                            sessionName: string | null;
                            sittings: {
                                /** Format: date-time */
                                checkinOpensAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                figures: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                id: number;
                                myCheckin: {
                                    /** Format: date-time */
                                    checkedInAt: string;
                                    late: boolean;
                                } | null;
                                name: string;
                                ordinal: number;
                                place: string | null;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            statusLabel: string;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 应到委员及其回复、请假与出席情况（可按回复、出席情况、姓名筛选） */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    pageSize?: string;
                    q?: string;
                    response?: "pending" | "confirmed";
                    state?: "present" | "late" | "leave" | "absent" | "pending";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitees/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出出席情况（.xlsx：每位应到委员各场次与全会的出席情况，及统计） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 请假（multipart：category、reason、sittingIds（逗号分隔，缺省为全部场次）、可选证明材料 file；工作人员代请假时填 memberId） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            leaveRequest: {
                                abilities: {
                                    approve: boolean;
                                    refuse: boolean;
                                    withdraw: boolean;
                                };
                                category: string;
                                categoryLabel: string;
                                committeeId: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decisionNote: string | null;
                                files: {
                                    /** Format: date-time */
                                    createdAt: string;
                                    fileName: string;
                                    id: number;
                                    mimeType: string;
                                    sizeBytes: number;
                                }[];
                                id: number;
                                late: boolean;
                                meetingId: number;
                                meetingKindLabel: string;
                                /** Format: date-time */
                                meetingStartsAt: string;
                                meetingTitle: string;
                                memberId: number;
                                memberName: string;
                                reason: string;
                                sittingNames: string[] | null;
                                status: string;
                                statusLabel: string;
                                version: number;
                            };
                            meeting: {
                                abilities: {
                                    cancel: boolean;
                                    checkIn: boolean;
                                    confirm: boolean;
                                    edit: boolean;
                                    manage: boolean;
                                    publish: boolean;
                                    requestLeave: boolean;
                                    viewAttendance: boolean;
                                };
                                agendaHtml: string;
                                attendance: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                committeeId: number;
                                committeeName: string;
                                ended: boolean;
                                /** Format: date-time */
                                endsAt: string;
                                id: number;
                                invitation: {
                                    leave: {
                                        category: string;
                                        categoryLabel: string;
                                        committeeId: number;
                                        /** Format: date-time */
                                        createdAt: string;
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        decisionNote: string | null;
                                        id: number;
                                        late: boolean;
                                        meetingId: number;
                                        meetingKindLabel: string;
                                        /** Format: date-time */
                                        meetingStartsAt: string;
                                        meetingTitle: string;
                                        memberId: number;
                                        memberName: string;
                                        reason: string;
                                        sittingNames: string[] | null;
                                        status: string;
                                        statusLabel: string;
                                        version: number;
                                    } | null;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    response: string;
                                    role: string;
                                } | null;
                                inviteRule: unknown;
                                kind: string;
                                kindLabel: string;
                                materials: {
                                    /** Format: date-time */
                                    createdAt: string;
                                    fileName: string;
                                    id: number;
                                    mimeType: string;
                                    sizeBytes: number;
                                }[];
                                organiserId: number;
                                organiserKind: string;
                                organiserKindLabel: string;
                                organiserName: string | null;
                                place: string;
                                replyBy: string;
                                sessionId: number | null;
                                sessionName: string | null;
                                sittings: {
                                    /** Format: date-time */
                                    checkinOpensAt: string;
                                    /** Format: date-time */
                                    endsAt: string;
                                    figures: {
                                        absent: number;
                                        attended: number;
                                        expected: number;
                                        late: number;
                                        leave: number;
                                        pending: number;
                                    } | null;
                                    id: number;
                                    myCheckin: {
                                        /** Format: date-time */
                                        checkedInAt: string;
                                        late: boolean;
                                    } | null;
                                    name: string;
                                    ordinal: number;
                                    place: string | null;
                                    /** Format: date-time */
                                    startsAt: string;
                                }[];
                                /** Format: date-time */
                                startsAt: string;
                                status: string;
                                statusLabel: string;
                                timeline: {
                                    action: string;
                                    actionLabel: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    data: unknown;
                                    fromStatus: string | null;
                                    id: number;
                                    note: string | null;
                                    toStatus: string | null;
                                    toStatusLabel: string | null;
                                }[];
                                title: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传会议材料（multipart，字段 file，≤10 MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/materials/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载会议材料 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除会议材料 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布会议通知 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                cancel: boolean;
                                checkIn: boolean;
                                confirm: boolean;
                                edit: boolean;
                                manage: boolean;
                                publish: boolean;
                                requestLeave: boolean;
                                viewAttendance: boolean;
                            };
                            agendaHtml: string;
                            attendance: {
                                absent: number;
                                attended: number;
                                expected: number;
                                late: number;
                                leave: number;
                                pending: number;
                            } | null;
                            committeeId: number;
                            committeeName: string;
                            ended: boolean;
                            /** Format: date-time */
                            endsAt: string;
                            id: number;
                            invitation: {
                                leave: {
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    decidedAt: string | null;
                                    decisionNote: string | null;
                                    id: number;
                                    late: boolean;
                                    meetingId: number;
                                    meetingKindLabel: string;
                                    /** Format: date-time */
                                    meetingStartsAt: string;
                                    meetingTitle: string;
                                    memberId: number;
                                    memberName: string;
                                    reason: string;
                                    sittingNames: string[] | null;
                                    status: string;
                                    statusLabel: string;
                                    version: number;
                                } | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                response: string;
                                role: string;
                            } | null;
                            inviteRule: unknown;
                            kind: string;
                            kindLabel: string;
                            materials: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            organiserId: number;
                            organiserKind: string;
                            organiserKindLabel: string;
                            organiserName: string | null;
                            place: string;
                            replyBy: string;
                            sessionId: number | null;
                            sessionName: string | null;
                            sittings: {
                                /** Format: date-time */
                                checkinOpensAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                figures: {
                                    absent: number;
                                    attended: number;
                                    expected: number;
                                    late: number;
                                    leave: number;
                                    pending: number;
                                } | null;
                                id: number;
                                myCheckin: {
                                    /** Format: date-time */
                                    checkedInAt: string;
                                    late: boolean;
                                } | null;
                                name: string;
                                ordinal: number;
                                place: string | null;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            statusLabel: string;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/sign-in-sheet.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载签到表（Word，每个场次一页） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/absence-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本届无故缺席全体会议达 3 次的委员（需提醒谈话） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫码签到（委员扫描会场二维码） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sittingId: number;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出会议活动列表（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    awaitingReply?: "true" | "false";
                    kind?: "plenary" | "standing" | "chairs" | "specialCommittee" | "training" | "inspection" | "activityDay" | "reading" | "other";
                    q?: string;
                    status?: "draft" | "published" | "cancelled";
                    upcoming?: "true" | "false";
                    view?: "all" | "mine";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/member-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的委员码（当日有效，供工作人员扫码签到） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/sittings/{sittingId}/checkin-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会场签到二维码的当前口令（每 30 秒更换） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sittingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/sittings/{sittingId}/member-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 扫委员码签到（工作人员在会场入口扫描或录入委员码） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sittingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/sittings/{sittingId}/roll-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 点名签到（批量；可标记迟到） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sittingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        late?: boolean;
                        memberIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联系制度列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    linkedId?: string;
                    linkerId?: string;
                    page?: string;
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 建立联系（主席/副主席联系常委，常委联系委员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        linkedId: number;
                        linkerId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 解除联系 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/member-links/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出联系制度（Excel） */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    linkedId?: string;
                    linkerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员列表（姓名/拼音/首字母搜索，按拼音或官方排序） */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    liaisonGroupId?: string;
                    page?: string;
                    pageSize?: string;
                    position?: "主席" | "副主席" | "秘书长" | "常委" | "委员";
                    q?: string;
                    sectorId?: string;
                    sort?: "pinyin" | "official";
                    specialCommitteeId?: string;
                    status?: "active" | "left";
                    termId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增委员 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        employer?: string | null;
                        /**
                         * @default 汉族
                         * @enum {string}
                         */
                        ethnicity?: "汉族" | "蒙古族" | "回族" | "藏族" | "维吾尔族" | "苗族" | "彝族" | "壮族" | "布依族" | "朝鲜族" | "满族" | "侗族" | "瑶族" | "白族" | "土家族" | "哈尼族" | "哈萨克族" | "傣族" | "黎族" | "傈僳族" | "佤族" | "畲族" | "高山族" | "拉祜族" | "水族" | "东乡族" | "纳西族" | "景颇族" | "柯尔克孜族" | "土族" | "达斡尔族" | "仫佬族" | "羌族" | "布朗族" | "撒拉族" | "毛南族" | "仡佬族" | "锡伯族" | "阿昌族" | "普米族" | "塔吉克族" | "怒族" | "乌孜别克族" | "俄罗斯族" | "鄂温克族" | "德昂族" | "保安族" | "裕固族" | "京族" | "塔塔尔族" | "独龙族" | "鄂伦春族" | "赫哲族" | "门巴族" | "珞巴族" | "基诺族";
                        /** @enum {string} */
                        gender: "男" | "女";
                        idNumber?: string | null;
                        jobTitle?: string | null;
                        liaisonGroupId?: number | null;
                        name: string;
                        /** @default 0 */
                        officialOrder?: number;
                        /**
                         * @default 群众
                         * @enum {string}
                         */
                        party?: "中共" | "民革" | "民盟" | "民建" | "民进" | "农工党" | "致公党" | "九三学社" | "台盟" | "无党派人士" | "群众";
                        phone?: string | null;
                        /** @enum {string} */
                        position: "主席" | "副主席" | "秘书长" | "常委" | "委员";
                        sectorId: number;
                        specialCommitteeId?: number | null;
                        termId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员详情（含活动组与联系制度） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 修改委员信息（只改所传字段） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        birthDate?: string | null;
                        employer?: string | null;
                        /** @enum {string} */
                        ethnicity?: "汉族" | "蒙古族" | "回族" | "藏族" | "维吾尔族" | "苗族" | "彝族" | "壮族" | "布依族" | "朝鲜族" | "满族" | "侗族" | "瑶族" | "白族" | "土家族" | "哈尼族" | "哈萨克族" | "傣族" | "黎族" | "傈僳族" | "佤族" | "畲族" | "高山族" | "拉祜族" | "水族" | "东乡族" | "纳西族" | "景颇族" | "柯尔克孜族" | "土族" | "达斡尔族" | "仫佬族" | "羌族" | "布朗族" | "撒拉族" | "毛南族" | "仡佬族" | "锡伯族" | "阿昌族" | "普米族" | "塔吉克族" | "怒族" | "乌孜别克族" | "俄罗斯族" | "鄂温克族" | "德昂族" | "保安族" | "裕固族" | "京族" | "塔塔尔族" | "独龙族" | "鄂伦春族" | "赫哲族" | "门巴族" | "珞巴族" | "基诺族";
                        /** @enum {string} */
                        gender?: "男" | "女";
                        idNumber?: string | null;
                        jobTitle?: string | null;
                        liaisonGroupId?: number | null;
                        name?: string;
                        officialOrder?: number;
                        /** @enum {string} */
                        party?: "中共" | "民革" | "民盟" | "民建" | "民进" | "农工党" | "致公党" | "九三学社" | "台盟" | "无党派人士" | "群众";
                        phone?: string | null;
                        /** @enum {string} */
                        position?: "主席" | "副主席" | "秘书长" | "常委" | "委员";
                        sectorId?: number;
                        specialCommitteeId?: number | null;
                        termId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/activity-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置委员所在活动组 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activityGroupIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员某年度的会议出席情况（按会议类型统计） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委员退出 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leftDate: string;
                        leftReason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/{id}/sensitive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看委员完整手机号和身份证号（需授权，逐次审计） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出委员名单（Excel，手机号和身份证号已脱敏；委员和承办单位只能查阅，不能导出） */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    liaisonGroupId?: string;
                    position?: "主席" | "副主席" | "秘书长" | "常委" | "委员";
                    q?: string;
                    sectorId?: string;
                    sort?: "pinyin" | "official";
                    specialCommitteeId?: string;
                    status?: "active" | "left";
                    termId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 Excel 批量导入委员（全部通过才写入） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载委员导入模板 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知（分页，可只看未读） */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    pageSize?: string;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记通知为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出我的通知（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知方式（每类通知：即时提醒或每日摘要） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置一类通知的方式（immediate 即时提醒 / daily 每日摘要，每天 8 时送达） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "proposal" | "proposal.deadlineReminder" | "proposal.overdueNotice" | "meeting" | "meeting.reminder" | "leaveRequest";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "immediate" | "daily";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标记为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意编辑稿列表（工作人员） */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    pageSize?: string;
                    q?: string;
                    status?: "editing";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意编辑稿详情（当前文本、历次修改、来源信息及报送人） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-items/{id}/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记采用（全国、省、市或县（区）政协，日期与依据） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adoptedOn: string;
                        evidence: string;
                        expectedVersion?: number;
                        /** @enum {string} */
                        level: "national" | "province" | "city" | "county";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-items/{id}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 编辑社情民意编辑稿（保留历次文本） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        expectedVersion?: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意信息列表（委员看本人的；工作人员看本会及下级已报送的） */
        get: {
            parameters: {
                query?: {
                    memberId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                    status?: "draft" | "submitted" | "received" | "adopted" | "rejected" | "withdrawn";
                    urgency?: "normal" | "urgent";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 撰写社情民意信息（草稿：标题、情况、分析、建议、紧急程度） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        analysis?: string;
                        /** @default  */
                        recommendation?: string;
                        /** @default  */
                        situation?: string;
                        title: string;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "normal" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意信息详情（原文、编辑稿、附件、处理过程与当前可执行操作） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 修改社情民意信息草稿 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        analysis?: string;
                        expectedVersion?: number;
                        /** @default  */
                        recommendation?: string;
                        /** @default  */
                        situation?: string;
                        title: string;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        urgency?: "normal" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采用社情民意信息（新建编辑稿，或并入同一事项的编辑稿 itemId） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        itemId?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传社情民意信息附件（草稿时，multipart，字段 file，≤10 MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/files/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载社情民意信息附件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除社情民意信息附件（草稿时） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接收社情民意信息 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不采用社情民意信息（理由告知报送人） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送社情民意信息 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回社情民意信息（采用或不采用之前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出社情民意信息（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    memberId?: string;
                    q?: string;
                    status?: "draft" | "submitted" | "received" | "adopted" | "rejected" | "withdrawn";
                    urgency?: "normal" | "urgent";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本会社情民意信息的字数上限（情况、分析、建议合计） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 设置本会社情民意信息的字数上限 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        maxChars: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-reports/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 相似的社情民意信息（撰写时：按输入内容查找本会已报送的同类信息及其处理情况） */
        get: {
            parameters: {
                query: {
                    excludeId?: string;
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opinion-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 社情民意与批示年度统计（本会及下级：收到、采用、并入、不采用、编发期数、各级采用、各级批示、按期反馈） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/activity-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员活动组列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增委员活动组 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "委员活动组" | "委员工作室" | "委员会客厅";
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/activity-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改委员活动组 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "委员活动组" | "委员工作室" | "委员会客厅";
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除委员活动组 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/activity-groups/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出委员活动组 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本委员会及下级委员会 */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新建直属下级委员会 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "national" | "province" | "city" | "county";
                        name: string;
                        region?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/committees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改委员会名称 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        region?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/committees/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出委员会 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关部门列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增机关部门 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        duty?: "提案工作" | "社情民意信息" | "协商工作" | "委员工作" | "综合" | null;
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改机关部门 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        duty?: "提案工作" | "社情民意信息" | "协商工作" | "委员工作" | "综合" | null;
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除机关部门 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/departments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出机关部门 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/handling-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 承办单位列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增承办单位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName?: string | null;
                        contactPhone?: string | null;
                        duties?: string | null;
                        /** @enum {string} */
                        kind: "政府部门" | "群团组织" | "企事业单位" | "其他";
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/handling-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改承办单位 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactName?: string | null;
                        contactPhone?: string | null;
                        duties?: string | null;
                        /** @enum {string} */
                        kind: "政府部门" | "群团组织" | "企事业单位" | "其他";
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除承办单位 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/handling-units/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出承办单位 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 党政领导列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增党政领导 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isPrincipal?: boolean | null;
                        /** @enum {string} */
                        level: "省部级" | "厅局级" | "县处级" | "乡科级";
                        name: string;
                        note?: string | null;
                        organisation: string;
                        sortOrder?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改党政领导 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isPrincipal?: boolean | null;
                        /** @enum {string} */
                        level: "省部级" | "厅局级" | "县处级" | "乡科级";
                        name: string;
                        note?: string | null;
                        organisation: string;
                        sortOrder?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除党政领导 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/leaders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出党政领导 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/liaison-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委员联络组列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增委员联络组 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: string | null;
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/liaison-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改委员联络组 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        area?: string | null;
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除委员联络组 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/liaison-groups/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出委员联络组 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/proposal-topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提案选题参考列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增提案选题参考 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name: string;
                        sortOrder?: number | null;
                        /** @enum {string} */
                        source: "年度协商计划" | "党委政府重点工作" | "承办单位征集" | "社会征题" | "其他";
                        unitName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/proposal-topics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改提案选题参考 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        name: string;
                        sortOrder?: number | null;
                        /** @enum {string} */
                        source: "年度协商计划" | "党委政府重点工作" | "承办单位征集" | "社会征题" | "其他";
                        unitName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除提案选题参考 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/proposal-topics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出提案选题参考 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 界别列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增界别 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/sectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改界别 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除界别 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/sectors/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出界别 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议（次会议）列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    termId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增会议（次会议） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        openingDate?: string | null;
                        ordinal: number;
                        termId: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改会议（次会议） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        openingDate?: string | null;
                        ordinal: number;
                        termId: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/sessions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出会议（次会议） */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    termId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/special-committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专门委员会列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增专门委员会 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/special-committees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改专门委员会 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        note?: string | null;
                        sortOrder?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** 删除专门委员会 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/special-committees/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出专门委员会 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 届次列表 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    page?: string;
                    pageSize?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 新增届次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endDate: string;
                        name?: string | null;
                        ordinal: number;
                        startDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改届次 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endDate: string;
                        name?: string | null;
                        ordinal: number;
                        startDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org/terms/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出届次 */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposal-compilation.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载提案汇编（Word：封面、目录、全部立案提案） */
        get: {
            parameters: {
                query: {
                    sessionId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposal-stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提案统计（届次会议或年度；总体/承办单位/界别/类别/下级委员会） */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    groupBy?: "overall" | "unit" | "sector" | "category" | "committee";
                    sessionId?: string;
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            committee: {
                                id: number;
                                name: string;
                            };
                            /** @enum {string} */
                            groupBy: "overall" | "unit" | "sector" | "category" | "committee";
                            period: {
                                label: string;
                                sessionId: number | null;
                                year: number;
                            };
                            replyCategories: {
                                code: string;
                                label: string;
                            }[];
                            rows: {
                                assigned: number;
                                avgReplyDays: number | null;
                                basicallySatisfied: number;
                                basicSatisfactionRate: number | null;
                                converted: number | null;
                                dissatisfied: number;
                                implementationRate: number | null;
                                implemented: number;
                                key: number | (string | null);
                                keyLedByPrincipal: number | null;
                                keyProposals: number | null;
                                label: string;
                                marked: number;
                                merged: number | null;
                                overdue: number;
                                partlyImplemented: number;
                                pendingReview: number | null;
                                rated: number;
                                received: number | null;
                                registered: number | null;
                                registrationRate: number | null;
                                rejected: number | null;
                                replied: number;
                                repliedAssignments: number;
                                replyCategories: {
                                    [key: string]: number;
                                };
                                replyCategoryShares: {
                                    [key: string]: number | null;
                                };
                                replyDaysTotal: number;
                                replyRate: number | null;
                                satisfactionRate: number | null;
                                satisfied: number;
                                withdrawn: number | null;
                            }[];
                            total: {
                                assigned: number;
                                avgReplyDays: number | null;
                                basicallySatisfied: number;
                                basicSatisfactionRate: number | null;
                                converted: number | null;
                                dissatisfied: number;
                                implementationRate: number | null;
                                implemented: number;
                                key: number | (string | null);
                                keyLedByPrincipal: number | null;
                                keyProposals: number | null;
                                label: string;
                                marked: number;
                                merged: number | null;
                                overdue: number;
                                partlyImplemented: number;
                                pendingReview: number | null;
                                rated: number;
                                received: number | null;
                                registered: number | null;
                                registrationRate: number | null;
                                rejected: number | null;
                                replied: number;
                                repliedAssignments: number;
                                replyCategories: {
                                    [key: string]: number;
                                };
                                replyCategoryShares: {
                                    [key: string]: number | null;
                                };
                                replyDaysTotal: number;
                                replyRate: number | null;
                                satisfactionRate: number | null;
                                satisfied: number;
                                withdrawn: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposal-stats/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出提案统计表（.xlsx，条件同统计） */
        get: {
            parameters: {
                query?: {
                    committeeId?: string;
                    groupBy?: "overall" | "unit" | "sector" | "category" | "committee";
                    sessionId?: string;
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提案列表（view: all/mine/cosign-invitations/to-review/to-assign/unit-inbox） */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                    committeeId?: string;
                    excellent?: "true" | "false";
                    isKey?: "true" | "false";
                    overdue?: "true" | "false";
                    page?: string;
                    pageSize?: string;
                    proposerId?: string;
                    proposerName?: string;
                    publicationPending?: "true" | "false";
                    q?: string;
                    sectorId?: string;
                    sessionId?: string;
                    status?: string;
                    toRate?: "true" | "false";
                    unitId?: string;
                    view?: "all" | "mine" | "cosign-invitations" | "to-review" | "to-assign" | "unit-inbox";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                categoryId: number | null;
                                categoryName: string | null;
                                committeeId: number;
                                committeeName: string;
                                cosignerCount: number;
                                id: number;
                                isExcellent: boolean;
                                isKey: boolean;
                                number: number | null;
                                numberLabel: string | null;
                                proposerName: string | null;
                                /** Format: date-time */
                                registeredAt: string | null;
                                sessionId: number;
                                sessionName: string;
                                status: string;
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                submitterKind: string;
                                submitterKindLabel: string;
                                submitterName: string | null;
                                title: string;
                                unitNames: string[];
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalCapped?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 起草提案（委员本人或联名；工作人员代党派团体、界别、专委会） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        analysisHtml?: string;
                        categoryId?: number | null;
                        /** @default [] */
                        cosignerMemberIds?: number[];
                        /** @default  */
                        recommendationHtml?: string;
                        sectorId?: number | null;
                        sessionId: number;
                        /** @default  */
                        situationHtml?: string;
                        specialCommitteeId?: number | null;
                        /** @enum {string} */
                        submitterKind?: "individual" | "joint" | "party" | "sectorGroup" | "specialCommittee";
                        submitterName?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提案详情（含时间线与当前可执行操作） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除从未提交的草稿 */
        delete: {
            parameters: {
                query?: {
                    expectedVersion?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改草稿 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        analysisHtml?: string;
                        categoryId?: number | null;
                        /** @default [] */
                        cosignerMemberIds?: number[];
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        /** @default  */
                        recommendationHtml?: string;
                        /** @default  */
                        situationHtml?: string;
                        submitterName?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办单位签收 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 交办（主办+会办，或分办） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        units: {
                            /** @enum {string} */
                            mode: "lead" | "cooperating" | "separate";
                            unitId: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（multipart，字段 file，≤10 MB，pdf/doc/docx/wps/xls/xlsx/pptx/jpg/png/txt） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachmentId: number;
                            proposal: {
                                abilities: {
                                    accept: boolean;
                                    assign: boolean;
                                    confirmCosign: boolean;
                                    convert: boolean;
                                    decideExtension: boolean;
                                    declineCosign: boolean;
                                    delete: boolean;
                                    dropKey: boolean;
                                    edit: boolean;
                                    markImplementation: boolean;
                                    merge: boolean;
                                    rate: boolean;
                                    rateDissatisfied: boolean;
                                    reassign: boolean;
                                    recordContact: boolean;
                                    recordSupervision: boolean;
                                    register: boolean;
                                    reject: boolean;
                                    removeCosigner: boolean;
                                    reply: boolean;
                                    replyPartial: boolean;
                                    reportImplementation: boolean;
                                    requestExtension: boolean;
                                    returnAssignment: boolean;
                                    reviewPublication: boolean;
                                    selectKey: boolean;
                                    sendBack: boolean;
                                    sendOpinion: boolean;
                                    setExcellent: boolean;
                                    shortlistKey: boolean;
                                    startReview: boolean;
                                    submit: boolean;
                                    unmerge: boolean;
                                    urge: boolean;
                                    withdraw: boolean;
                                };
                                analysisHtml: string;
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    /** Format: date-time */
                                    assignedAt: string;
                                    contactDueDate: string | null;
                                    dueDate: string;
                                    id: number;
                                    mode: string;
                                    modeLabel: string;
                                    /** Format: date-time */
                                    returnedAt: string | null;
                                    returnReason: string | null;
                                    round: number;
                                    state: string;
                                    stateLabel: string;
                                    unitId: number;
                                    unitName: string;
                                }[];
                                attachments: {
                                    /** Format: date-time */
                                    createdAt: string;
                                    fileName: string;
                                    id: number;
                                    mimeType: string;
                                    sizeBytes: number;
                                }[];
                                categoryId: number | null;
                                categoryName: string | null;
                                committeeId: number;
                                handling: {
                                    assignments: {
                                        /** Format: date-time */
                                        acceptedAt: string | null;
                                        contactDueDate: string | null;
                                        daysRemaining: number;
                                        dueDate: string;
                                        extension: {
                                            /** Format: date-time */
                                            decidedAt: string | null;
                                            reason: string | null;
                                            requestedDueDate: string | null;
                                            /** @enum {string} */
                                            state: "pending" | "approved" | "rejected";
                                            stateLabel: string;
                                            text: string;
                                        } | null;
                                        id: number;
                                        /** Format: date-time */
                                        lastUrgedAt: string | null;
                                        /** @enum {string} */
                                        mode: "lead" | "cooperating" | "separate";
                                        modeLabel: string;
                                        originalDueDate: string;
                                        overdue: boolean;
                                        pending: boolean;
                                        /** Format: date-time */
                                        repliedAt: string | null;
                                        round: number;
                                        /** @enum {string} */
                                        state: "active" | "returned" | "removed";
                                        unitId: number;
                                        unitName: string;
                                        urgeCount: number;
                                        workingDaysOverdue: number;
                                        workingDaysRemaining: number;
                                    }[];
                                    contacts: {
                                        assignmentId: number;
                                        committeeId: number;
                                        contactedOn: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        createdByUserId: number;
                                        id: number;
                                        memberId: number | null;
                                        memberName: string | null;
                                        method: string;
                                        methodLabel: string;
                                        proposalId: number;
                                        summary: string;
                                        unitContactName: string;
                                        unitId: number;
                                        unitName?: string;
                                    }[];
                                    /** @enum {string|null} */
                                    implementationMark: "done" | "partial" | "notDone" | null;
                                    /** Format: date-time */
                                    implementationMarkedAt: string | null;
                                    implementationMarkLabel: string | null;
                                    implementations: {
                                        attachmentId: number | null;
                                        body: string;
                                        committeeId: number;
                                        createdByUserId: number;
                                        id: number;
                                        proposalId: number;
                                        /** Format: date-time */
                                        reportedAt: string;
                                        unitId: number;
                                        unitName?: string;
                                    }[];
                                    key: {
                                        basis: string | null;
                                        leader: {
                                            chairId: number | null;
                                            id: number | null;
                                            isPrincipal: boolean;
                                            name: string;
                                            title: string | null;
                                        } | null;
                                        /** Format: date-time */
                                        selectedAt: string | null;
                                        /** @enum {string} */
                                        stage: "shortlisted" | "selected";
                                        stageLabel: string;
                                        year: number;
                                    } | null;
                                    opinions: {
                                        assignmentId: number;
                                        attachmentId: number | null;
                                        body: string;
                                        committeeId: number;
                                        /** Format: date-time */
                                        createdAt: string;
                                        createdByUserId: number;
                                        fromUnitId: number;
                                        fromUnitName?: string;
                                        id: number;
                                        proposalId: number;
                                        toUnitId: number;
                                        toUnitName?: string;
                                    }[];
                                    proposerContact: {
                                        memberId: number;
                                        name: string;
                                        phoneMasked: string | null;
                                    } | null;
                                    ratableReplyIds: number[];
                                    replies: {
                                        assignmentId: number;
                                        attachmentId: number | null;
                                        bodyHtml: string;
                                        category: string;
                                        categoryLabel: string;
                                        committeeId: number;
                                        createdByUserId: number;
                                        file: {
                                            fileName: string;
                                            id: number;
                                            sizeBytes: number;
                                        } | null;
                                        id: number;
                                        letterReadable: boolean;
                                        proposalId: number;
                                        publicBodyHtml: string | null;
                                        /** @enum {string} */
                                        publicState: "none" | "pending" | "published" | "refused";
                                        publicStateLabel: string;
                                        /** Format: date-time */
                                        publishedAt: string | null;
                                        publishedByUserId: number | null;
                                        ratingDueOn: string | null;
                                        ratingOverdue: boolean;
                                        ratings: {
                                            attitude: string;
                                            attitudeLabel: string;
                                            comment: string | null;
                                            contact: string;
                                            contactLabel: string;
                                            /** Format: date-time */
                                            createdAt: string;
                                            id: number;
                                            overall: string;
                                            overallLabel: string;
                                            raterName: string | null;
                                            replyId: number;
                                            result: string;
                                            resultLabel: string;
                                            round: number;
                                        }[];
                                        /** Format: date-time */
                                        repliedAt: string;
                                        round: number;
                                        signedBy: string | null;
                                        unitId: number;
                                        unitName?: string;
                                    }[];
                                    replyCategories: {
                                        code: string;
                                        label: string;
                                    }[];
                                    supervisions: {
                                        attachmentId: number | null;
                                        committeeId: number;
                                        /** Format: date-time */
                                        createdAt: string;
                                        createdByUserId: number;
                                        heldOn: string;
                                        id: number;
                                        kind: string;
                                        kindLabel: string;
                                        participants: string | null;
                                        place: string | null;
                                        proposalId: number;
                                        summary: string;
                                    }[];
                                };
                                id: number;
                                isExcellent: boolean;
                                isKey: boolean;
                                leadMemberId: number | null;
                                mergedInto: {
                                    id: number;
                                    number: number | null;
                                    numberLabel: string | null;
                                    title: string;
                                } | null;
                                mergedProposals: {
                                    id: number;
                                    number: number | null;
                                    numberLabel: string | null;
                                    signers: {
                                        declineReason: string | null;
                                        memberId: number;
                                        name: string;
                                        /** Format: date-time */
                                        respondedAt: string | null;
                                        /** @enum {string} */
                                        role: "lead" | "co";
                                        roleLabel: string;
                                        /** @enum {string} */
                                        state: "invited" | "confirmed" | "declined";
                                        stateLabel: string;
                                    }[];
                                    title: string;
                                }[];
                                number: number | null;
                                numberLabel: string | null;
                                recommendationHtml: string;
                                /** Format: date-time */
                                registeredAt: string | null;
                                rejectReason: string | null;
                                sessionId: number;
                                sessionName: string;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                situationHtml: string;
                                status: string;
                                statusLabel: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                submitterKind: string;
                                submitterKindLabel: string;
                                submitterName: string | null;
                                timeline: {
                                    action: string;
                                    actionLabel: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    data: unknown;
                                    fromStatus: string | null;
                                    id: number;
                                    note: string | null;
                                    toStatus: string | null;
                                    toStatusLabel: string | null;
                                }[];
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                year: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载提案附件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除草稿附件 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记与提案者的沟通联系 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactedOn: string;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        memberId?: number;
                        /** @enum {string} */
                        method: "visit" | "phone" | "meeting" | "inspection" | "letter" | "other";
                        note?: string | null;
                        summary: string;
                        unitContactName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转为意见建议 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/cosign/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认联名 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/cosign/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 谢绝联名 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/cosigners/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 移除未确认或已谢绝的联名人 */
        delete: {
            parameters: {
                query?: {
                    expectedVersion?: string;
                };
                header?: never;
                path: {
                    id: string;
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/draft-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提案质量提示（审查时：与提案人起草时看到的相同） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/excellent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评定或撤销优秀提案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        isExcellent: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请延期（注明理由，不超过规定的最长延期） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        reason: string;
                        requestedDueDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/extension/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批延期申请 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        assignmentId: number;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/form.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载提案表（Word） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/implementation-mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认定落实情况（已落实/部分落实/未落实） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        /** @enum {string} */
                        mark: "done" | "partial" | "notDone";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/implementations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报送落实情况（可多次） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/key/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消重点提案或候选 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/key/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确定为重点提案（登记主席会议决定及领衔督办领导） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: string | null;
                        chairId?: number;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        leaderId?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/key/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 列为重点提案候选 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: string | null;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 并案（并入已立案、未交办的提案） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        targetId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会办单位向主办单位提交会办意见 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/proposer-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办单位查看提案人完整手机号（本单位在办期间，逐次审计） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 满意度测评（每位提案者对每份答复测评一次；不满意则重新办理） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        attitude: "satisfied" | "basicallySatisfied" | "dissatisfied";
                        comment?: string | null;
                        /** @enum {string} */
                        contact: "satisfied" | "basicallySatisfied" | "dissatisfied";
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        /** @enum {string} */
                        overall: "satisfied" | "basicallySatisfied" | "dissatisfied";
                        replyId: number;
                        /** @enum {string} */
                        result: "satisfied" | "basicallySatisfied" | "dissatisfied";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新交办 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        units: {
                            /** @enum {string} */
                            mode: "lead" | "cooperating" | "separate";
                            unitId: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立案（按届次会议顺序编号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryId?: number;
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予立案（选择理由） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        reasonId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/replies/{replyId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载答复函文件（与 reply.docx 同一读取规则） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    replyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/replies/{replyId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核答复公开版本（可修改；联系方式自动隐去） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    replyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        publicBodyHtml?: string;
                        publish: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复（multipart：bodyHtml、category、signedBy、publishable、publicBodyHtml 与答复函文件 file，pdf/doc/docx/ofd ≤10 MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/reply.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载答复函（Word；replyId 缺省为最新答复） */
        get: {
            parameters: {
                query?: {
                    replyId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 承办单位退回（交办后规定日数内） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改（须写明修改意见） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与该提案相似的已立案提案（审查、交办时参考） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                committeeId: number;
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                replyCategory: string | null;
                                replyCategoryLabel: string | null;
                                score: number;
                                sessionName: string;
                                status: string;
                                statusLabel: string;
                                title: string;
                                unitNames: string[];
                                year: number;
                            }[];
                            terms: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/start-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始审查 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交提案（有联名人时先待联名确认） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/suggested-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 建议承办单位（相似的已办提案由哪些单位主办、哪些单位的职责与之匹配，附理由） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                count: number;
                                reasons: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "similar" | "duty";
                                    label: string;
                                }[];
                                unitId: number;
                                unitName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/supervisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记督办（视察、协商会、走访等） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        heldOn: string;
                        /** @enum {string} */
                        kind: "inspection" | "meeting" | "visit" | "other";
                        note?: string | null;
                        participants?: string | null;
                        place?: string | null;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销并案（主提案交办前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/urge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 催办 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                        unitId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤案（立案前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        expectedStatus?: "draft" | "cosigning" | "submitted" | "reviewing" | "registered" | "rejected" | "converted" | "merged" | "withdrawn" | "assigned" | "handling" | "returned" | "replied" | "rehandling" | "rated" | "concluded";
                        expectedVersion?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                accept: boolean;
                                assign: boolean;
                                confirmCosign: boolean;
                                convert: boolean;
                                decideExtension: boolean;
                                declineCosign: boolean;
                                delete: boolean;
                                dropKey: boolean;
                                edit: boolean;
                                markImplementation: boolean;
                                merge: boolean;
                                rate: boolean;
                                rateDissatisfied: boolean;
                                reassign: boolean;
                                recordContact: boolean;
                                recordSupervision: boolean;
                                register: boolean;
                                reject: boolean;
                                removeCosigner: boolean;
                                reply: boolean;
                                replyPartial: boolean;
                                reportImplementation: boolean;
                                requestExtension: boolean;
                                returnAssignment: boolean;
                                reviewPublication: boolean;
                                selectKey: boolean;
                                sendBack: boolean;
                                sendOpinion: boolean;
                                setExcellent: boolean;
                                shortlistKey: boolean;
                                startReview: boolean;
                                submit: boolean;
                                unmerge: boolean;
                                urge: boolean;
                                withdraw: boolean;
                            };
                            analysisHtml: string;
                            assignments: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                contactDueDate: string | null;
                                dueDate: string;
                                id: number;
                                mode: string;
                                modeLabel: string;
                                /** Format: date-time */
                                returnedAt: string | null;
                                returnReason: string | null;
                                round: number;
                                state: string;
                                stateLabel: string;
                                unitId: number;
                                unitName: string;
                            }[];
                            attachments: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                id: number;
                                mimeType: string;
                                sizeBytes: number;
                            }[];
                            categoryId: number | null;
                            categoryName: string | null;
                            committeeId: number;
                            handling: {
                                assignments: {
                                    /** Format: date-time */
                                    acceptedAt: string | null;
                                    contactDueDate: string | null;
                                    daysRemaining: number;
                                    dueDate: string;
                                    extension: {
                                        /** Format: date-time */
                                        decidedAt: string | null;
                                        reason: string | null;
                                        requestedDueDate: string | null;
                                        /** @enum {string} */
                                        state: "pending" | "approved" | "rejected";
                                        stateLabel: string;
                                        text: string;
                                    } | null;
                                    id: number;
                                    /** Format: date-time */
                                    lastUrgedAt: string | null;
                                    /** @enum {string} */
                                    mode: "lead" | "cooperating" | "separate";
                                    modeLabel: string;
                                    originalDueDate: string;
                                    overdue: boolean;
                                    pending: boolean;
                                    /** Format: date-time */
                                    repliedAt: string | null;
                                    round: number;
                                    /** @enum {string} */
                                    state: "active" | "returned" | "removed";
                                    unitId: number;
                                    unitName: string;
                                    urgeCount: number;
                                    workingDaysOverdue: number;
                                    workingDaysRemaining: number;
                                }[];
                                contacts: {
                                    assignmentId: number;
                                    committeeId: number;
                                    contactedOn: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    id: number;
                                    memberId: number | null;
                                    memberName: string | null;
                                    method: string;
                                    methodLabel: string;
                                    proposalId: number;
                                    summary: string;
                                    unitContactName: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                /** @enum {string|null} */
                                implementationMark: "done" | "partial" | "notDone" | null;
                                /** Format: date-time */
                                implementationMarkedAt: string | null;
                                implementationMarkLabel: string | null;
                                implementations: {
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    id: number;
                                    proposalId: number;
                                    /** Format: date-time */
                                    reportedAt: string;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                key: {
                                    basis: string | null;
                                    leader: {
                                        chairId: number | null;
                                        id: number | null;
                                        isPrincipal: boolean;
                                        name: string;
                                        title: string | null;
                                    } | null;
                                    /** Format: date-time */
                                    selectedAt: string | null;
                                    /** @enum {string} */
                                    stage: "shortlisted" | "selected";
                                    stageLabel: string;
                                    year: number;
                                } | null;
                                opinions: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    body: string;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    fromUnitId: number;
                                    fromUnitName?: string;
                                    id: number;
                                    proposalId: number;
                                    toUnitId: number;
                                    toUnitName?: string;
                                }[];
                                proposerContact: {
                                    memberId: number;
                                    name: string;
                                    phoneMasked: string | null;
                                } | null;
                                ratableReplyIds: number[];
                                replies: {
                                    assignmentId: number;
                                    attachmentId: number | null;
                                    bodyHtml: string;
                                    category: string;
                                    categoryLabel: string;
                                    committeeId: number;
                                    createdByUserId: number;
                                    file: {
                                        fileName: string;
                                        id: number;
                                        sizeBytes: number;
                                    } | null;
                                    id: number;
                                    letterReadable: boolean;
                                    proposalId: number;
                                    publicBodyHtml: string | null;
                                    /** @enum {string} */
                                    publicState: "none" | "pending" | "published" | "refused";
                                    publicStateLabel: string;
                                    /** Format: date-time */
                                    publishedAt: string | null;
                                    publishedByUserId: number | null;
                                    ratingDueOn: string | null;
                                    ratingOverdue: boolean;
                                    ratings: {
                                        attitude: string;
                                        attitudeLabel: string;
                                        comment: string | null;
                                        contact: string;
                                        contactLabel: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        overall: string;
                                        overallLabel: string;
                                        raterName: string | null;
                                        replyId: number;
                                        result: string;
                                        resultLabel: string;
                                        round: number;
                                    }[];
                                    /** Format: date-time */
                                    repliedAt: string;
                                    round: number;
                                    signedBy: string | null;
                                    unitId: number;
                                    unitName?: string;
                                }[];
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                supervisions: {
                                    attachmentId: number | null;
                                    committeeId: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    createdByUserId: number;
                                    heldOn: string;
                                    id: number;
                                    kind: string;
                                    kindLabel: string;
                                    participants: string | null;
                                    place: string | null;
                                    proposalId: number;
                                    summary: string;
                                }[];
                            };
                            id: number;
                            isExcellent: boolean;
                            isKey: boolean;
                            leadMemberId: number | null;
                            mergedInto: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                title: string;
                            } | null;
                            mergedProposals: {
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                signers: {
                                    declineReason: string | null;
                                    memberId: number;
                                    name: string;
                                    /** Format: date-time */
                                    respondedAt: string | null;
                                    /** @enum {string} */
                                    role: "lead" | "co";
                                    roleLabel: string;
                                    /** @enum {string} */
                                    state: "invited" | "confirmed" | "declined";
                                    stateLabel: string;
                                }[];
                                title: string;
                            }[];
                            number: number | null;
                            numberLabel: string | null;
                            recommendationHtml: string;
                            /** Format: date-time */
                            registeredAt: string | null;
                            rejectReason: string | null;
                            sessionId: number;
                            sessionName: string;
                            signers: {
                                declineReason: string | null;
                                memberId: number;
                                name: string;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                role: "lead" | "co";
                                roleLabel: string;
                                /** @enum {string} */
                                state: "invited" | "confirmed" | "declined";
                                stateLabel: string;
                            }[];
                            situationHtml: string;
                            status: string;
                            statusLabel: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            submitterKind: string;
                            submitterKindLabel: string;
                            submitterName: string | null;
                            timeline: {
                                action: string;
                                actionLabel: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                data: unknown;
                                fromStatus: string | null;
                                id: number;
                                note: string | null;
                                toStatus: string | null;
                                toStatusLabel: string | null;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            year: number;
                        } | {
                            id: number;
                            /** @enum {boolean} */
                            readable: false;
                            status: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办理工作台：交办记录、办理时限、剩余天数与逾期（承办单位看本单位，工作人员看全部） */
        get: {
            parameters: {
                query?: {
                    accepted?: "true" | "false";
                    dueBy?: string;
                    extensionPending?: "true" | "false";
                    isKey?: "true" | "false";
                    mode?: "lead" | "cooperating" | "separate";
                    overdue?: "true" | "false";
                    page?: string;
                    pageSize?: string;
                    pending?: "true" | "false";
                    q?: string;
                    sessionId?: string;
                    state?: "active" | "returned" | "removed";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                assignedAt: string;
                                daysRemaining: number;
                                dueDate: string;
                                extensionRequestedDue: string | null;
                                /** @enum {string|null} */
                                extensionState: "pending" | "approved" | "rejected" | null;
                                extensionStateLabel: string | null;
                                extensionText: string | null;
                                id: number;
                                isKey: boolean;
                                /** Format: date-time */
                                lastUrgedAt: string | null;
                                /** @enum {string} */
                                mode: "lead" | "cooperating" | "separate";
                                modeLabel: string;
                                numberLabel: string | null;
                                originalDueDate: string;
                                overdue: boolean;
                                pending: boolean;
                                proposalId: number;
                                proposalStatus: string;
                                proposalStatusLabel: string;
                                /** Format: date-time */
                                repliedAt: string | null;
                                round: number;
                                sessionName: string;
                                /** @enum {string} */
                                state: "active" | "returned" | "removed";
                                title: string;
                                unitId: number;
                                unitName: string;
                                urgeCount: number;
                                workingDaysOverdue: number;
                                workingDaysRemaining: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalCapped?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/assignments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出办理工作台（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    accepted?: "true" | "false";
                    dueBy?: string;
                    extensionPending?: "true" | "false";
                    isKey?: "true" | "false";
                    mode?: "lead" | "cooperating" | "separate";
                    overdue?: "true" | "false";
                    pending?: "true" | "false";
                    q?: string;
                    sessionId?: string;
                    state?: "active" | "returned" | "removed";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提案类别、不予立案理由、办理时限与答复类别 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarOverrides: {
                                day: string;
                                /** @enum {string} */
                                kind: "holiday" | "workday";
                                note: string | null;
                            }[];
                            categories: {
                                active: boolean;
                                committeeId: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                name: string;
                                sortOrder: number;
                            }[];
                            rejectReasons: {
                                active: boolean;
                                committeeId: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                sortOrder: number;
                                text: string;
                            }[];
                            settings: {
                                contactDueWorkingDays: number;
                                maxExtensionWorkingDays: number;
                                publishWithinWorkingDays: number;
                                ratingWindowWorkingDays: number;
                                rehandleDueWorkingDays: number;
                                remindBeforeWorkingDays: number;
                                replyCategories: {
                                    code: string;
                                    label: string;
                                }[];
                                replyDueWorkingDays: number;
                                returnWindowDays: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/config/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增提案类别或不予立案理由 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    list: "categories" | "reject-reasons";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/config/{list}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改、排序或停用提案类别、不予立案理由 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    list: "categories" | "reject-reasons";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/proposals/config/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置办理时限、退回期限与答复类别 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactDueWorkingDays: number;
                        maxExtensionWorkingDays: number;
                        publishWithinWorkingDays: number;
                        ratingWindowWorkingDays: number;
                        rehandleDueWorkingDays: number;
                        remindBeforeWorkingDays: number;
                        replyCategories: {
                            code: string;
                            label: string;
                        }[];
                        replyDueWorkingDays: number;
                        returnWindowDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/docx-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 Word 文件读取提案（multipart，字段 file，.docx）：返回案由与情况、分析、建议，供填入起草表单，不保存 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/draft-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提案质量提示（起草时与提交前：一事一案、情况/分析/建议是否完整具体、不予立案情形、相似提案及办理情况；仅供参考，不阻止提交） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        analysisHtml?: string;
                        excludeId?: number;
                        /** @default  */
                        recommendationHtml?: string;
                        /** @default  */
                        situationHtml?: string;
                        /** @default  */
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出提案列表（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    categoryId?: string;
                    committeeId?: string;
                    excellent?: "true" | "false";
                    isKey?: "true" | "false";
                    overdue?: "true" | "false";
                    proposerId?: string;
                    proposerName?: string;
                    publicationPending?: "true" | "false";
                    q?: string;
                    sectorId?: string;
                    sessionId?: string;
                    status?: string;
                    toRate?: "true" | "false";
                    unitId?: string;
                    view?: "all" | "mine" | "cosign-invitations" | "to-review" | "to-assign" | "unit-inbox";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/history-import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从 Excel 导入往年提案办理台账（作为已办结提案，保留原日期；全部通过才写入） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/history-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载历史提案导入模板（往年提案办理台账） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/key-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重点提案及候选（按年度；领导可只看本人领衔督办的；委员只看本人作为主席、副主席领衔督办的） */
        get: {
            parameters: {
                query?: {
                    led?: "true" | "false";
                    page?: string;
                    pageSize?: string;
                    stage?: "shortlisted" | "selected";
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                basis: string | null;
                                leadSupervisorChairId: number | null;
                                leadSupervisorIsPrincipal: boolean;
                                leadSupervisorLeaderId: number | null;
                                leadSupervisorName: string | null;
                                leadSupervisorTitle: string | null;
                                numberLabel: string | null;
                                proposalId: number;
                                /** Format: date-time */
                                selectedAt: string | null;
                                /** @enum {string} */
                                stage: "shortlisted" | "selected";
                                stageLabel: string;
                                status: string;
                                statusLabel: string;
                                supervisionCount: number;
                                title: string;
                                year: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            totalCapped?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/key-proposals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出重点提案（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    led?: "true" | "false";
                    stage?: "shortlisted" | "selected";
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/key-supervisors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可领衔督办的党政领导（含级别、是否党政主要领导）与本会主席、副主席 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 相似提案（起草时：按输入的案由与内容查找往年及本年已立案提案及其办理情况） */
        get: {
            parameters: {
                query: {
                    excludeId?: string;
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                committeeId: number;
                                id: number;
                                number: number | null;
                                numberLabel: string | null;
                                replyCategory: string | null;
                                replyCategoryLabel: string | null;
                                score: number;
                                sessionName: string;
                                status: string;
                                statusLabel: string;
                                title: string;
                                unitNames: string[];
                                year: number;
                            }[];
                            terms: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/unit-awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 先进承办单位（按年度） */
        get: {
            parameters: {
                query?: {
                    page?: string;
                    pageSize?: string;
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 评定先进承办单位 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /** @default 先进承办单位 */
                        title?: string;
                        unitId: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/unit-awards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销先进承办单位评定 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/unit-awards/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出先进承办单位（.xlsx，条件同列表） */
        get: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开查询：委员会列表 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开查询：已公开答复的提案（分页、全文检索、按届次会议） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开查询：提案及其公开答复 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待办（各模块登记的待办事项，只列有待办的，逾期的在前） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                count: number;
                                key: string;
                                label: string;
                                link: string;
                                urgent: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
