public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createClusterExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "7b90938f469097c0b2c25086b522a3f5",
            "description": "description",
            "state": "state",
            "hypervisorType": "hypervisorType",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "zoneUuid": "a06308e28a0ff912b4ea714361279ffd",
            "type": "type"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createCluster(
        _ request: CreateCluster.Request
    ) async throws -> CreateCluster.Response {
        try Self.example(CreateCluster.Response.self, json: Self.createClusterExample)
    }
}
