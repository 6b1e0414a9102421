import HTTPTypes

/// CreateVmCdRom
///
/// 为云主机创建CDROM
///
/// `POST /zstack/v1/vm-instances/cdroms`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum CreateVmCdRom {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateVmCdRom",
            method: .post,
            pathTemplate: "/zstack/v1/vm-instances/cdroms",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 云主机UUID
        public let vmInstanceUuid: String

        /// ISO镜像UUID
        public let isoUuid: String?

        /// 资源的详细描述
        public let description: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - vmInstanceUuid: 云主机UUID
        ///   - isoUuid: ISO镜像UUID
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 资源UUID
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        public init(
            name: String,
            vmInstanceUuid: String,
            isoUuid: String? = nil,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil
        ) {
            self.name = name
            self.vmInstanceUuid = vmInstanceUuid
            self.isoUuid = isoUuid
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.vmInstanceUuid, rhs.vmInstanceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.isoUuid, rhs.isoUuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids)
        }
    }

    /// 创建CDROM返回
    ///
    /// An ``InventoryReply`` of ``VmCdRomInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VmCdRomInventory>
}

nonisolated extension ZStackClient {
    /// CreateVmCdRom
    ///
    /// 为云主机创建CDROM
    ///
    /// `POST /zstack/v1/vm-instances/cdroms`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - vmInstanceUuid: 云主机UUID
    ///   - isoUuid: ISO镜像UUID
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 资源UUID
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmCdRom(
        name: String,
        vmInstanceUuid: String,
        isoUuid: String? = nil,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmCdRom.Response {
        try await createVmCdRom(
            CreateVmCdRom.Request(
                name: name,
                vmInstanceUuid: vmInstanceUuid,
                isoUuid: isoUuid,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids
            ),
            polling: polling
        )
    }

    /// CreateVmCdRom
    ///
    /// 为云主机创建CDROM
    ///
    /// `POST /zstack/v1/vm-instances/cdroms`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createVmCdRom(
        _ request: CreateVmCdRom.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateVmCdRom.Response {
        let call = ZStackRequestBuilder(operation: CreateVmCdRom.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.vmInstanceUuid, forKey: "vmInstanceUuid")
                try wrapped.encodeValue(request.isoUuid, forKey: "isoUuid")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
