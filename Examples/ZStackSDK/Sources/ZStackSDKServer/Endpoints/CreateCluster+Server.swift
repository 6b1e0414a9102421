import ZStackSDK

/// The server side of ``CreateCluster``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/clusters`, asynchronous.
nonisolated enum CreateClusterServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateCluster.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = CreateCluster.Request(
                zoneUuid: try call.required(body.wrapped?.zoneUuid, .bodyField("params.zoneUuid")),
                name: try call.required(body.wrapped?.name, .bodyField("params.name")),
                hypervisorType: try call.required(body.wrapped?.hypervisorType, .bodyField("params.hypervisorType")),
                description: body.wrapped?.description,
                type: body.wrapped?.type,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                architecture: body.wrapped?.architecture,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.createCluster(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let zoneUuid: String?
            let name: String?
            let description: String?
            let hypervisorType: CreateClusterHypervisorType?
            let type: CreateClusterTypeValue?
            let resourceUuid: String?
            let systemTags: [String]?
            let userTags: [String]?
            let architecture: CreateClusterArchitecture?
            let tagUuids: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.zoneUuid = try object.optionalValue(String.self, forKey: "zoneUuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.hypervisorType = try object.optionalValue(
                    CreateClusterHypervisorType.self,
                    forKey: "hypervisorType"
                )
                self.type = try object.optionalValue(CreateClusterTypeValue.self, forKey: "type")
                self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.architecture = try object.optionalValue(CreateClusterArchitecture.self, forKey: "architecture")
                self.tagUuids = try object.optionalValue([String].self, forKey: "tagUuids")
            }
        }
    }
}
