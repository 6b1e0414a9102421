import ZStackSDK

/// The server side of ``UpdateClusterOS``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous.
nonisolated enum UpdateClusterOSServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateClusterOS.operation, bodyWrapper: "updateClusterOS") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateClusterOS.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                excludePackages: body.wrapped?.excludePackages,
                updatePackages: body.wrapped?.updatePackages,
                releaseVersion: body.wrapped?.releaseVersion,
                resourceUuid: body.wrapped?.resourceUuid,
                tagUuids: body.wrapped?.tagUuids,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                force: body.wrapped?.force,
                hostUuid: body.wrapped?.hostUuid
            )
            return { try await handler.updateClusterOS(request) }
        }
    }

    /// The JSON body of a request: `{"updateClusterOS": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateClusterOS")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let excludePackages: [String]?
            let updatePackages: [String]?
            let releaseVersion: String?
            let resourceUuid: String?
            let tagUuids: [String]?
            let systemTags: [String]?
            let userTags: [String]?
            let force: UpdateClusterOSForce?
            let hostUuid: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.excludePackages = try object.optionalValue([String].self, forKey: "excludePackages")
                self.updatePackages = try object.optionalValue([String].self, forKey: "updatePackages")
                self.releaseVersion = try object.optionalValue(String.self, forKey: "releaseVersion")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.force = try object.optionalValue(UpdateClusterOSForce.self, forKey: "force")
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
            }
        }
    }
}
