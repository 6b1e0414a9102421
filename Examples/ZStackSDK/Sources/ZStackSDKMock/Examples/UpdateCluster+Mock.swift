public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateClusterExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "4b8a7b444efabf1dc1dc241f7e36c52b",
            "description": "description",
            "state": "state",
            "hypervisorType": "hypervisorType",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "zoneUuid": "4dc4a6dfb4efdde30e30e351d946f527",
            "type": "type"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateCluster(
        _ request: UpdateCluster.Request
    ) async throws -> UpdateCluster.Response {
        try Self.example(UpdateCluster.Response.self, json: Self.updateClusterExample)
    }
}
