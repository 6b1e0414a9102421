import HTTPTypes

/// 获取相互依赖的镜像和三层网络(GetInterdependentL3NetworksImages)
///
/// ZStack中一个三层网络属于一个区域，而镜像所在的镜像服务器可以加载到一个或多个区域。镜像服务器本身跟集群也存在依赖关系，例如CEPH的镜像服务器只能
/// 跟CEPH的主存储一起工作。由于这种依赖关系的存在，创建云主机的时候指定的三层网络和镜像可能并不能一起工作。用户可以通过该API获得镜像或三层网络的相互依赖。
///
/// 当指定了`l3NetworkUuids`参数时，返回的是可以跟这些三层网络一起工作的镜像的清单。
/// 当指定了`imageUuid`参数时，返回的是可以跟该镜像一起工作的三层网络清单。
///
/// `GET /zstack/v1/images-l3networks/dependencies`, synchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum GetInterdependentL3NetworksImages {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetInterdependentL3NetworksImages",
            method: .get,
            pathTemplate: "/zstack/v1/images-l3networks/dependencies",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 区域UUID。必须指定，以确定三层网络和镜像依赖关系。
        public let zoneUuid: String

        /// 三层网络UUID列表
        public let l3NetworkUuids: [String]?

        /// 镜像UUID
        public let imageUuid: String?

        /// 是否引发异常
        public let raiseException: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - zoneUuid: 区域UUID。必须指定，以确定三层网络和镜像依赖关系。
        ///   - l3NetworkUuids: 三层网络UUID列表
        ///   - imageUuid: 镜像UUID
        ///   - raiseException: 是否引发异常
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            zoneUuid: String,
            l3NetworkUuids: [String]? = nil,
            imageUuid: String? = nil,
            raiseException: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.zoneUuid = zoneUuid
            self.l3NetworkUuids = l3NetworkUuids
            self.imageUuid = imageUuid
            self.raiseException = raiseException
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
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.l3NetworkUuids, rhs.l3NetworkUuids) else { return false }
            guard ZStackFieldwise.same(lhs.imageUuid, rhs.imageUuid) else { return false }
            guard ZStackFieldwise.same(lhs.raiseException, rhs.raiseException) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 三层网络、镜像清单
    ///
    /// An ``InventoriesReply`` of ``ZStackJSONValue``: the replies that differ only in that type share one generic
    /// type.
    ///
    /// - `inventories`: 若输入参数是`l3NetworkUuids`，为镜像清单;若输入参数是`imageUuid`，为三层网络清单
    public typealias Response = InventoriesReply<ZStackJSONValue>
}

nonisolated extension ZStackClient {
    /// 获取相互依赖的镜像和三层网络(GetInterdependentL3NetworksImages)
    ///
    /// ZStack中一个三层网络属于一个区域，而镜像所在的镜像服务器可以加载到一个或多个区域。镜像服务器本身跟集群也存在依赖关系，例如CEPH的镜像服务器只能
    /// 跟CEPH的主存储一起工作。由于这种依赖关系的存在，创建云主机的时候指定的三层网络和镜像可能并不能一起工作。用户可以通过该API获得镜像或三层网络的相互依赖。
    ///
    /// 当指定了`l3NetworkUuids`参数时，返回的是可以跟这些三层网络一起工作的镜像的清单。
    /// 当指定了`imageUuid`参数时，返回的是可以跟该镜像一起工作的三层网络清单。
    ///
    /// `GET /zstack/v1/images-l3networks/dependencies`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - zoneUuid: 区域UUID。必须指定，以确定三层网络和镜像依赖关系。
    ///   - l3NetworkUuids: 三层网络UUID列表
    ///   - imageUuid: 镜像UUID
    ///   - raiseException: 是否引发异常
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 三层网络、镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getInterdependentL3NetworksImages(
        zoneUuid: String,
        l3NetworkUuids: [String]? = nil,
        imageUuid: String? = nil,
        raiseException: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetInterdependentL3NetworksImages.Response {
        try await getInterdependentL3NetworksImages(
            GetInterdependentL3NetworksImages.Request(
                zoneUuid: zoneUuid,
                l3NetworkUuids: l3NetworkUuids,
                imageUuid: imageUuid,
                raiseException: raiseException,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// 获取相互依赖的镜像和三层网络(GetInterdependentL3NetworksImages)
    ///
    /// ZStack中一个三层网络属于一个区域，而镜像所在的镜像服务器可以加载到一个或多个区域。镜像服务器本身跟集群也存在依赖关系，例如CEPH的镜像服务器只能
    /// 跟CEPH的主存储一起工作。由于这种依赖关系的存在，创建云主机的时候指定的三层网络和镜像可能并不能一起工作。用户可以通过该API获得镜像或三层网络的相互依赖。
    ///
    /// 当指定了`l3NetworkUuids`参数时，返回的是可以跟这些三层网络一起工作的镜像的清单。
    /// 当指定了`imageUuid`参数时，返回的是可以跟该镜像一起工作的三层网络清单。
    ///
    /// `GET /zstack/v1/images-l3networks/dependencies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络、镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getInterdependentL3NetworksImages(
        _ request: GetInterdependentL3NetworksImages.Request
    ) async throws -> GetInterdependentL3NetworksImages.Response {
        let call = ZStackRequestBuilder(operation: GetInterdependentL3NetworksImages.operation)
        call.appendQueryItem("zoneUuid", value: request.zoneUuid)
        call.appendQueryItems("l3NetworkUuids", values: request.l3NetworkUuids)
        call.appendQueryItem("imageUuid", value: request.imageUuid)
        call.appendQueryItem("raiseException", describing: request.raiseException)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
