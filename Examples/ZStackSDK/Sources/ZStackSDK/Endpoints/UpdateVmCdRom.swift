import HTTPTypes

/// UpdateVmCdRom
///
/// 修改CDROM
///
/// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdateVmCdRom {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateVmCdRom",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/cdroms/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 资源的详细描述
        public let description: String?

        /// 资源名称
        public let name: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 系统标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - description: 资源的详细描述
        ///   - name: 资源名称
        ///   - systemTags: 系统标签
        ///   - userTags: 系统标签
        public init(
            uuid: String,
            description: String? = nil,
            name: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.description = description
            self.name = name
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 修改CDROM返回
    ///
    /// An ``InventoryReply`` of ``VmCdRomInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<VmCdRomInventory>
}

nonisolated extension ZStackClient {
    /// UpdateVmCdRom
    ///
    /// 修改CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - description: 资源的详细描述
    ///   - name: 资源名称
    ///   - systemTags: 系统标签
    ///   - userTags: 系统标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmCdRom(
        uuid: String,
        description: String? = nil,
        name: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmCdRom.Response {
        try await updateVmCdRom(
            UpdateVmCdRom.Request(
                uuid: uuid,
                description: description,
                name: name,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// UpdateVmCdRom
    ///
    /// 修改CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 修改CDROM返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmCdRom(
        _ request: UpdateVmCdRom.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmCdRom.Response {
        let call = ZStackRequestBuilder(operation: UpdateVmCdRom.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateVmCdRom") { wrapped in
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.name, forKey: "name")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
