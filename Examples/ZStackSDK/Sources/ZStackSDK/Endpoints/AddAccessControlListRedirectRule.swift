import HTTPTypes

/// AddAccessControlListRedirectRule
///
/// 向访问控制策略组添加转发规则
///
/// `POST /zstack/v1/access-control-lists/{aclUuid}/redirectRules`, asynchronous, authorization required.
///
/// Category: acl
public nonisolated enum AddAccessControlListRedirectRule {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "AddAccessControlListRedirectRule",
            method: .post,
            pathTemplate: "/zstack/v1/access-control-lists/{aclUuid}/redirectRules",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 访问控制策略组的唯一标识
        public let aclUuid: String

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// 域名
        public let domain: String?

        /// url
        public let url: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - aclUuid: 访问控制策略组的唯一标识
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - domain: 域名
        ///   - url: url
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            aclUuid: String,
            name: String? = nil,
            description: String? = nil,
            domain: String? = nil,
            url: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.aclUuid = aclUuid
            self.name = name
            self.description = description
            self.domain = domain
            self.url = url
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
            self.systemTags = systemTags
            self.userTags = userTags
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.aclUuid, rhs.aclUuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.domain, rhs.domain) else { return false }
            guard ZStackFieldwise.same(lhs.url, rhs.url) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 访问控制策略组的IP清单
    ///
    /// An ``InventoryReply`` of ``AccessControlListEntryInventory``: the replies that differ only in that type share
    /// one generic type.
    public typealias Response = InventoryReply<AccessControlListEntryInventory>
}

nonisolated extension ZStackClient {
    /// AddAccessControlListRedirectRule
    ///
    /// 向访问控制策略组添加转发规则
    ///
    /// `POST /zstack/v1/access-control-lists/{aclUuid}/redirectRules`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - aclUuid: 访问控制策略组的唯一标识
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - domain: 域名
    ///   - url: url
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组的IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addAccessControlListRedirectRule(
        aclUuid: String,
        name: String? = nil,
        description: String? = nil,
        domain: String? = nil,
        url: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> AddAccessControlListRedirectRule.Response {
        try await addAccessControlListRedirectRule(
            AddAccessControlListRedirectRule.Request(
                aclUuid: aclUuid,
                name: name,
                description: description,
                domain: domain,
                url: url,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// AddAccessControlListRedirectRule
    ///
    /// 向访问控制策略组添加转发规则
    ///
    /// `POST /zstack/v1/access-control-lists/{aclUuid}/redirectRules`, asynchronous, authorization required. The method
    /// returns when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组的IP清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func addAccessControlListRedirectRule(
        _ request: AddAccessControlListRedirectRule.Request,
        polling: ZStackPolling? = nil
    ) async throws -> AddAccessControlListRedirectRule.Response {
        let call = ZStackRequestBuilder(operation: AddAccessControlListRedirectRule.operation)
        call.setPathParameter("aclUuid", to: request.aclUuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.domain, forKey: "domain")
                try wrapped.encodeValue(request.url, forKey: "url")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
