public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateClustersForAttachingL2Network``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateClustersForAttachingL2NetworkExample = #"""
        {
          "inventories": [
            {
              "name": "name",
              "uuid": "23c0f6921ca4d903b735efc4012dc029",
              "description": "description",
              "state": "state",
              "hypervisorType": "hypervisorType",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "zoneUuid": "20c4f04f74fcb6f15bb16f0bb1a716e4",
              "type": "type"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateClustersForAttachingL2Network(
        _ request: GetCandidateClustersForAttachingL2Network.Request
    ) async throws -> GetCandidateClustersForAttachingL2Network.Response {
        try Self.example(GetCandidateClustersForAttachingL2Network.Response.self, json: Self.getCandidateClustersForAttachingL2NetworkExample)
    }
}
